package org.falseos.casework.web.internal.linking;

import java.util.Set;
import java.util.stream.Collectors;

import org.falseos.casework.cases.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The signed-in person as the modules' {@link Actor}: roles from the {@code ROLE_} authorities, teams from
 * {@link TeamsOf}. MERGE NOTE: becomes a mapping from the identity branch's {@code CurrentUser}.
 */
@Component
class SignedInActors {

	private static final String PREFIX = "ROLE_";

	private final TeamsOf teams;

	SignedInActors(TeamsOf teams) {
		this.teams = teams;
	}

	Actor of(Authentication authentication) {
		String username = authentication.getName();
		Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(PREFIX))
			.map(authority -> authority.substring(PREFIX.length()))
			.collect(Collectors.toSet());
		return new Actor(username, roles, teams.teams(username), teams.supervisedTeams(username));
	}
}
