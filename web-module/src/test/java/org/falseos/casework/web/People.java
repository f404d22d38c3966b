package org.falseos.casework.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Map;
import java.util.Set;

import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in people with their teams, for MockMvc tests that need more than a role. */
public final class People {

	private static final Map<String, CurrentUser> PEOPLE = Map.of(
			"caseworker", person("caseworker", Role.CASEWORKER, Set.of("North"), Set.of()),
			"caseworker2", person("caseworker2", Role.CASEWORKER, Set.of("South"), Set.of()),
			"caseworker3", person("caseworker3", Role.CASEWORKER, Set.of("East"), Set.of()),
			"supervisor", person("supervisor", Role.SUPERVISOR, Set.of(), Set.of("North")),
			"supervisor2", person("supervisor2", Role.SUPERVISOR, Set.of(), Set.of("South")),
			"coordinator", person("coordinator", Role.COORDINATOR, Set.of(), Set.of()),
			"staff", person("staff", Role.STAFF, Set.of(), Set.of()),
			"editor", person("editor", Role.EDITOR, Set.of(), Set.of()),
			"admin", person("admin", Role.ADMIN, Set.of(), Set.of()));

	private People() {
	}

	public static RequestPostProcessor as(String username) {
		CurrentUser user = PEOPLE.get(username);
		var authorities = user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

	private static CurrentUser person(String username, Role role, Set<String> teams, Set<String> supervised) {
		return new CurrentUser(username, username, Set.of(role), teams, supervised);
	}
}
