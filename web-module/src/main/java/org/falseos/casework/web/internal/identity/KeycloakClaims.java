package org.falseos.casework.web.internal.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads who someone is from Keycloak's token claims: roles from {@code realm_access.roles} (Boot has no property
 * for that nested claim), teams from the {@code groups} claim ({@code /teams/North} is a member of North,
 * {@code /supervises/North} supervises it) and the name from {@code preferred_username}, since the principal's
 * {@code sub} is a UUID nobody recognises.
 */
final class KeycloakClaims {

	static final String USERNAME = "preferred_username";

	static final String TEAM_GROUP = "/teams/";

	static final String SUPERVISED_GROUP = "/supervises/";

	private KeycloakClaims() {
	}

	static Set<Role> roles(Map<String, Object> claims) {
		Object realmAccess = claims.get("realm_access");
		if (!(realmAccess instanceof Map<?, ?> access) || !(access.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		return roles.stream()
			.map(String::valueOf)
			.map(Role::named)
			.flatMap(Optional::stream)
			.collect(Collectors.toUnmodifiableSet());
	}

	static Collection<GrantedAuthority> authorities(Map<String, Object> claims) {
		return roles(claims).stream()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
	}

	static CurrentUser user(Map<String, Object> claims) {
		String username = String.valueOf(claims.getOrDefault(USERNAME, claims.get("sub")));
		Object name = claims.get("name");
		return new CurrentUser(username, name == null ? username : name.toString(), roles(claims),
				groups(claims, TEAM_GROUP), groups(claims, SUPERVISED_GROUP));
	}

	private static Set<String> groups(Map<String, Object> claims, String parent) {
		if (!(claims.get("groups") instanceof Collection<?> groups)) {
			return Set.of();
		}
		return groups.stream()
			.map(String::valueOf)
			.filter(group -> group.startsWith(parent) && group.length() > parent.length())
			.map(group -> group.substring(parent.length()))
			.collect(Collectors.toUnmodifiableSet());
	}
}
