package org.falseos.casework.web.internal.linking;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUsers;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person as the modules' {@link Actor}, with the teams their account or token carries. */
@Component
class SignedInActors {

	private final CurrentUsers users;

	SignedInActors(CurrentUsers users) {
		this.users = users;
	}

	Actor of(Authentication authentication) {
		return users.current().map(CaseActors::of)
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}
}
