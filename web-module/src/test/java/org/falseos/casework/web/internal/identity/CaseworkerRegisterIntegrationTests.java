package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.falseos.casework.cases.CaseworkerDirectory;
import org.falseos.casework.cases.CaseworkerDirectory.Standing;
import org.falseos.casework.web.internal.identity.CaseworkerRegister.Caseworker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The caseworker directory the cases module asks: local accounts (demo mode) and people seen signing in through
 * Keycloak, recorded from their claims at each sign-in (the sign-in event as Spring Security publishes it).
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseworkerRegisterIntegrationTests {

	@Autowired
	CaseworkerDirectory directory;

	@Autowired
	CaseworkerRegister register;

	@Autowired
	PeopleNames names;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TeamDirectory teams;

	@Test
	void localAccountsAnswerWithTheirRoleTeamAndWhetherTheyAreEnabled() {
		assertThat(directory.standing("caseworker4", "North")).isEqualTo(Standing.CASEWORKER_OF_TEAM);
		assertThat(directory.standing("caseworker2", "North")).isEqualTo(Standing.NOT_IN_TEAM);
		assertThat(directory.standing("lead", "North")).isEqualTo(Standing.NOT_A_CASEWORKER);
		assertThat(directory.standing("no-such-person", "North")).isEqualTo(Standing.UNKNOWN_PERSON);
		assertThat(directory.standing("CASEWORKER4", "North")).isEqualTo(Standing.UNKNOWN_PERSON);
		assertThat(register.caseworkersOf("North")).extracting(Caseworker::username)
			.contains("caseworker", "caseworker4").doesNotContain("caseworker2", "supervisor", "lead");

		jdbc.sql("update web.account set enabled = false where username = 'caseworker4'").update();
		try {
			assertThat(directory.standing("caseworker4", "North")).isEqualTo(Standing.NOT_A_CASEWORKER);
			assertThat(register.caseworkersOf("North")).extracting(Caseworker::username).doesNotContain("caseworker4");
		}
		finally {
			jdbc.sql("update web.account set enabled = true where username = 'caseworker4'").update();
		}
	}

	@Test
	void aPersonSignedInThroughKeycloakIsKnownWithTheTeamsOfTheirLatestSignIn() {
		assertThat(directory.standing("kim", "East")).isEqualTo(Standing.UNKNOWN_PERSON);

		signInThroughKeycloak("kim", "Kim Keycloak", List.of("CASEWORKER"), List.of("/teams/East"));

		assertThat(directory.standing("kim", "East")).isEqualTo(Standing.CASEWORKER_OF_TEAM);
		assertThat(directory.standing("kim", "North")).isEqualTo(Standing.NOT_IN_TEAM);
		assertThat(register.caseworkersOf("East")).contains(new Caseworker("kim", "Kim Keycloak"));
		assertThat(names.of("kim")).isEqualTo("Kim Keycloak");

		signInThroughKeycloak("kim", "Kim Keycloak", List.of("CASEWORKER"), List.of("/teams/West"));
		assertThat(directory.standing("kim", "East")).isEqualTo(Standing.NOT_IN_TEAM);
		assertThat(directory.standing("kim", "West")).isEqualTo(Standing.CASEWORKER_OF_TEAM);

		signInThroughKeycloak("kim", "Kim Keycloak", List.of("COORDINATOR"), List.of("/teams/West"));
		assertThat(directory.standing("kim", "West")).isEqualTo(Standing.NOT_A_CASEWORKER);
		assertThat(register.caseworkersOf("West")).isEmpty();
	}

	@Test
	void theInboxFindsSupervisorsAndCoordinatorsSeenThroughKeycloakOnceEach() {
		assertThat(teams.supervisorsOf("Far")).isEmpty();

		signInThroughKeycloak("sol", "Sol Supervisor", List.of("SUPERVISOR"), List.of("/supervises/Far"));
		signInThroughKeycloak("cat", "Cat Coordinator", List.of("COORDINATOR"), List.of());

		assertThat(teams.supervisorsOf("Far")).containsExactly("sol");
		assertThat(teams.supervisorsOf("North")).contains("supervisor", "lead").doesNotContain("sol");
		assertThat(teams.holding(Role.COORDINATOR)).contains("coordinator", "cat").doesNotHaveDuplicates();

		// Signed in with a local account's name: the account decides, not what a token once said.
		signInThroughKeycloak("supervisor", "Sue Pervisor", List.of("SUPERVISOR"), List.of("/supervises/Far"));
		assertThat(teams.supervisorsOf("Far")).containsExactly("sol");
	}

	private void signInThroughKeycloak(String username, String name, List<String> roles, List<String> groups) {
		var token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
				Map.of("sub", "a5f0c1de-0000-4000-8000-000000000001", "preferred_username", username, "name", name,
						"realm_access", Map.of("roles", roles), "groups", groups));
		var user = new DefaultOidcUser(AuthorityUtils.NO_AUTHORITIES, token, KeycloakClaims.USERNAME);
		events.publishEvent(new InteractiveAuthenticationSuccessEvent(
				new OAuth2AuthenticationToken(user, AuthorityUtils.NO_AUTHORITIES, "keycloak"), getClass()));
	}
}
