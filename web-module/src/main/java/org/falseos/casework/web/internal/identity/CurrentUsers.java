package org.falseos.casework.web.internal.identity;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Who is signed in, whichever way they signed in: a local account, a Keycloak login or a bearer token. */
@Component
public class CurrentUsers {

	/** The person behind the current request, if anyone has signed in. */
	public Optional<CurrentUser> current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Optional<CurrentUser> of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(switch (authentication.getPrincipal()) {
			case LocalAccount account -> account.user();
			case CurrentUser user -> user;
			case OidcUser oidc -> KeycloakClaims.user(oidc.getClaims());
			case Jwt jwt -> KeycloakClaims.user(jwt.getClaims());
			default -> fromAuthorities(authentication);
		});
	}

	// Any other authentication (such as Spring Security's test support) carries roles but no teams.
	private static CurrentUser fromAuthorities(Authentication authentication) {
		var roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(Role::named)
			.flatMap(Optional::stream)
			.toList();
		return new CurrentUser(authentication.getName(), authentication.getName(), Set.copyOf(roles),
				Set.of(), Set.of());
	}
}
