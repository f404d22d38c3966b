package org.falseos.casework.web.internal.identity;

import org.springframework.stereotype.Component;

/**
 * The name a person is shown by, from their local account; the username itself where there is no local account
 * (Keycloak sign-ins) or it has been removed.
 */
@Component
public class PeopleNames {

	private final Accounts accounts;

	PeopleNames(Accounts accounts) {
		this.accounts = accounts;
	}

	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "someone";
		}
		return accounts.find(username).map(Account::displayName).filter(name -> !name.isBlank()).orElse(username);
	}
}
