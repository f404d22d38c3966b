package org.falseos.casework.web.internal.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Records who signed in through Keycloak, with the roles and teams their claims gave them, so the caseworker
 * directory knows them. Local accounts are in {@code web.account} already. Bearer-token API calls are not sign-ins
 * and are not recorded: a person is known once they signed in to the app.
 */
@Component
class PeopleSeenAtSignIn {

	private final PeopleSeen seen;

	PeopleSeenAtSignIn(PeopleSeen seen) {
		this.seen = seen;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof OidcUser oidc) {
			seen.record(KeycloakClaims.user(oidc.getClaims()));
		}
	}
}
