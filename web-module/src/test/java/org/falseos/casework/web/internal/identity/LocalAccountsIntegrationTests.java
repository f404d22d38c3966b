package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Local accounts (the embedded default) over real HTTP: HTTP Basic on the API, the sign-in form (throttling: {@link SignInThrottleIntegrationTests}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
@ExtendWith(OutputCaptureExtension.class)
class LocalAccountsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void apiAnswersAnonymousCallersWith401AndAJsonBody() {
		var response = new WebClient(port).get("/api/me");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(401);
	}

	@Test
	void apiAnswersTheWrongRoleWith403AndAJsonBody() {
		var response = new WebClient(port).getWithBasic("/api/admin/sign-ins", "caseworker", "demo");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo("Forbidden");
	}

	@Test
	void apiAnswersTheRightRoleWith200() {
		var response = new WebClient(port).getWithBasic("/api/admin/sign-ins", "admin", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).isArray()).isTrue();
	}

	@Test
	void everyDemoAccountSignsInWithItsRoleAndTeams() {
		var expected = Map.of("caseworker", "CASEWORKER", "caseworker2", "CASEWORKER", "coordinator", "COORDINATOR",
				"supervisor", "SUPERVISOR", "staff", "STAFF", "editor", "EDITOR", "admin", "ADMIN");
		expected.forEach((username, role) -> {
			var response = new WebClient(port).getWithBasic("/api/me", username, "demo");
			assertThat(response.statusCode()).as(username).isEqualTo(200);
			var me = json.readTree(response.body());
			assertThat(me.get("username").asString()).isEqualTo(username);
			assertThat(me.get("roles").values()).extracting(node -> node.asString()).containsExactly(role);
		});
		var caseworker = json.readTree(new WebClient(port).getWithBasic("/api/me", "caseworker", "demo").body());
		var caseworker2 = json.readTree(new WebClient(port).getWithBasic("/api/me", "caseworker2", "demo").body());
		var supervisor = json.readTree(new WebClient(port).getWithBasic("/api/me", "supervisor", "demo").body());
		assertThat(caseworker.get("teams").get(0).asString()).isEqualTo("North");
		assertThat(caseworker2.get("teams").get(0).asString()).isEqualTo("South");
		assertThat(supervisor.get("supervisedTeams").get(0).asString()).isEqualTo("North");
	}

	@Test
	void theApiKeepsNoSession() {
		var client = new WebClient(port);
		var response = client.getWithBasic("/api/me", "staff", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void failedAttemptsOnUnknownNamesAreAuditedWithoutThePassword() {
		new WebClient(port).getWithBasic("/api/me", "nobody-here", "Secret-Guess-42");

		var rows = jdbc.sql("select username || ' ' || outcome || ' ' || method || ' ' || coalesce(remote_address, '') "
				+ "from web.sign_in where username = 'nobody-here'").query(String.class).list();
		assertThat(rows).containsExactly("nobody-here FAILED basic 127.0.0.1");
		assertThat(jdbc.sql("select count(*) from web.sign_in where username like '%Secret-Guess%' or method like '%Secret%'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theSignInFormNeedsItsCsrfTokenAndIssuesANewSessionId() {
		var client = new WebClient(port);
		String token = client.csrfTokenOf("/login");
		String sessionBefore = client.cookie("JSESSIONID");

		var withoutToken = client.postForm("/login", Map.of("username", "editor", "password", "demo"));
		assertThat(withoutToken.statusCode()).isEqualTo(403);

		var signedIn = client.postForm("/login", Map.of("username", "editor", "password", "demo", "_csrf", token));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/home"));
		assertThat(client.cookie("JSESSIONID")).isNotNull().isNotEqualTo(sessionBefore);
		assertThat(client.get("/home").body()).contains("Signed in as Eddie Editor (demo)").contains("EDITOR");
		assertThat(jdbc.sql("select method from web.sign_in where username = 'editor' and outcome = 'SUCCEEDED'")
			.query(String.class).list()).contains("form");
	}

	@Test
	void signingOutNeedsAPostWithTheCsrfToken() {
		var client = new WebClient(port);
		String token = client.csrfTokenOf("/login");
		client.postForm("/login", Map.of("username", "staff", "password", "demo", "_csrf", token));
		String pageToken = client.csrfTokenOf("/home");

		assertThat(client.get("/logout").statusCode()).as("no sign-out by GET").isNotEqualTo(302);
		assertThat(client.postForm("/logout", Map.of()).statusCode()).as("no sign-out without the token").isEqualTo(403);
		assertThat(client.get("/home").statusCode()).isEqualTo(200);

		var signedOut = client.postForm("/logout", Map.of("_csrf", pageToken));
		assertThat(signedOut.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?signed-out"));
		assertThat(client.get("/home").statusCode()).isEqualTo(302);
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		var headers = new WebClient(port).get("/").headers();

		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	@Test
	void theDemoBannerShowsOnEveryPage() {
		assertThat(new WebClient(port).get("/").body()).contains("id=\"demo-banner\"");
		assertThat(new WebClient(port).get("/login").body()).contains("id=\"demo-banner\"");
	}
}
