package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KeycloakClaimsTests {

	@Test
	void realmRolesBecomeTheSameAuthoritiesAsLocalRolesAndUnknownRolesAreIgnored() {
		var claims = Map.<String, Object>of("realm_access",
				Map.of("roles", List.of("SUPERVISOR", "editor", "offline_access", "default-roles-falseos")));

		assertThat(KeycloakClaims.roles(claims)).containsExactlyInAnyOrder(Role.SUPERVISOR, Role.EDITOR);
		assertThat(KeycloakClaims.authorities(claims)).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_SUPERVISOR", "ROLE_EDITOR");
	}

	@Test
	void teamsAndSupervisedTeamsComeFromGroupPathsAndTheNameFromPreferredUsername() {
		var user = KeycloakClaims.user(Map.of("sub", "2c0b2cd0-4573-479e-a3db-e4d962dc8a47", "preferred_username",
				"supervisor", "name", "Sue Pervisor", "groups",
				List.of("/teams/South", "/supervises/North", "/supervises/", "/other/North")));

		assertThat(user.username()).isEqualTo("supervisor");
		assertThat(user.displayName()).isEqualTo("Sue Pervisor");
		assertThat(user.teams()).containsExactly("South");
		assertThat(user.supervisedTeams()).containsExactly("North");
		assertThat(user.roles()).isEmpty();
	}

	@Test
	void aTokenWithoutRolesOrGroupsGivesNoRolesAndNoTeams() {
		var user = KeycloakClaims.user(Map.of("sub", "2c0b2cd0", "realm_access", "not a map"));

		assertThat(user.username()).isEqualTo("2c0b2cd0");
		assertThat(user.roles()).isEmpty();
		assertThat(user.teams()).isEmpty();
	}
}
