package org.falseos.casework.web.internal.identity;

import org.springframework.stereotype.Component;

/**
 * The name a person is shown by, from their local account; the username itself where there is no local account
 * (Keycloak sign-ins: the name their last sign-in gave) or it has been removed.
 */
@Component
public class PeopleNames {

	private final Accounts accounts;

	private final PeopleSeen seen;

	PeopleNames(Accounts accounts, PeopleSeen seen) {
		this.accounts = accounts;
		this.seen = seen;
	}

	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "someone";
		}
		return accounts.find(username).map(Account::displayName)
			.or(() -> seen.find(username).map(CurrentUser::displayName))
			.filter(name -> !name.isBlank()).orElse(username);
	}
}
