package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.falseos.casework.web.Browser;
import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keycloak mode against a real Keycloak server with the realm from {@code deploy/keycloak}: tokens of every
 * staging user on the API, and the browser's way in (authorization code with PKCE). Keycloak starts once for the
 * class and stops after it.
 */
@ExtendWith(KeycloakAvailable.class)
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ActiveProfiles("keycloak")
@ExtendWith(OutputCaptureExtension.class)
class KeycloakIntegrationTests {

	static final int APP_PORT = KeycloakServer.freePort();

	static final Map<String, String> ROLES = Map.of("caseworker", "CASEWORKER", "caseworker2", "CASEWORKER",
			"coordinator", "COORDINATOR", "supervisor", "SUPERVISOR", "staff", "STAFF", "editor", "EDITOR", "admin",
			"ADMIN");

	/** Set by {@link KeycloakAvailable}, which starts it before this class's Spring context and stops it after. */
	static KeycloakServer keycloak;

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void keycloakMode(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> APP_PORT);
		registry.add("falseos.keycloak.issuer-uri", () -> keycloak.issuer());
		registry.add("spring.security.oauth2.client.registration.keycloak.client-secret",
				() -> KeycloakServer.WEB_CLIENT_SECRET);
	}

	@Test
	void everyStagingUsersTokenCarriesTheirRoleAndTheApiAnswersByRole(CapturedOutput output) {
		var client = new WebClient(APP_PORT);
		ROLES.forEach((username, role) -> {
			String token = keycloak.accessToken(username);

			var me = client.getWithBearer("/api/me", token);
			assertThat(me.statusCode()).as(username).isEqualTo(200);
			var user = json.readTree(me.body());
			assertThat(user.get("username").asString()).isEqualTo(username);
			assertThat(user.get("roles").values()).extracting(node -> node.asString()).containsExactly(role);

			var audit = client.getWithBearer("/api/admin/sign-ins", token);
			assertThat(audit.statusCode()).as(username + " on the admin API").isEqualTo(role.equals("ADMIN") ? 200 : 403);
			if (audit.statusCode() == 403) {
				assertThat(json.readTree(audit.body()).get("status").asInt()).isEqualTo(403);
			}
			assertThat(output.getAll()).as("tokens are never logged").doesNotContain(token);
		});
	}

	@Test
	void teamsAndSupervisionComeFromTheGroupsClaim() {
		var client = new WebClient(APP_PORT);

		var caseworker = json.readTree(client.getWithBearer("/api/me", keycloak.accessToken("caseworker")).body());
		var caseworker2 = json.readTree(client.getWithBearer("/api/me", keycloak.accessToken("caseworker2")).body());
		var supervisor = json.readTree(client.getWithBearer("/api/me", keycloak.accessToken("supervisor")).body());

		assertThat(caseworker.get("teams").values()).extracting(node -> node.asString()).containsExactly("North");
		assertThat(caseworker2.get("teams").values()).extracting(node -> node.asString()).containsExactly("South");
		assertThat(supervisor.get("supervisedTeams").values()).extracting(node -> node.asString()).containsExactly("North");
		assertThat(supervisor.get("displayName").asString()).isEqualTo("Sue Pervisor");
	}

	@Test
	void theApiRefusesMissingForgedAndForeignTokensWith401() {
		var client = new WebClient(APP_PORT);
		String token = keycloak.accessToken("admin");
		String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";

		var anonymous = client.get("/api/me");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(json.readTree(anonymous.body()).get("status").asInt()).isEqualTo(401);
		assertThat(client.getWithBearer("/api/me", "not-a-token").statusCode()).isEqualTo(401);
		assertThat(client.getWithBearer("/api/admin/sign-ins", forged).statusCode()).isEqualTo(401);
		assertThat(client.getWithBasic("/api/me", "admin", "staging").statusCode())
			.as("no HTTP Basic in Keycloak mode").isEqualTo(401);
		// Keycloak's own admin-cli client issues tokens of the same realm, but not for this app's audience.
		assertThat(client.getWithBearer("/api/me", keycloak.accessToken("admin", "admin-cli")).statusCode())
			.as("a token for another audience").isEqualTo(401);
	}

	@Test
	void pagesSendTheBrowserToKeycloakWithPkce() {
		var client = new WebClient(APP_PORT);

		var home = client.get("/home");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/oauth2/authorization/keycloak"));

		var authorization = client.get("/oauth2/authorization/keycloak");
		assertThat(authorization.statusCode()).isEqualTo(302);
		URI location = URI.create(authorization.headers().firstValue("Location").orElseThrow());
		var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(location.toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth?");
		assertThat(query.getFirst("client_id")).isEqualTo("falseos-web");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(URLDecoder.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
			.as("from falseos.public-url, not from the request").isEqualTo("http://127.0.0.1:" + APP_PORT
					+ "/login/oauth2/code/keycloak");
		var hostile = new RawHttp(APP_PORT).send("GET", "/oauth2/authorization/keycloak", "evil.example", null, null);
		assertThat(URLDecoder.decode(hostile.header("Location"), StandardCharsets.UTF_8))
			.as("even when the request names another host")
			.contains("redirect_uri=http://127.0.0.1:" + APP_PORT + "/login/oauth2/code/keycloak")
			.doesNotContain("evil.example");

		var keycloakLogin = new WebClient(0).getAbsolute(location);
		assertThat(keycloakLogin.statusCode()).as("Keycloak accepts the request and shows its login form").isEqualTo(200);
		assertThat(keycloakLogin.body()).contains("kc-form-login");
	}

	@Test
	void aSupervisorSignsInThroughKeycloakInTheBrowserAndSignsOutOfBoth() {
		ChromeDriver browser = Browser.start();
		try {
			browser.get("http://127.0.0.1:" + APP_PORT + "/home");
			assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuer());
			browser.findElement(By.id("username")).sendKeys("supervisor");
			browser.findElement(By.id("password")).sendKeys(KeycloakServer.STAGING_PASSWORD);
			browser.findElement(By.id("kc-login")).click();
			// Keycloak's answer, then the app's code exchange: wait for the journey to end before reading the page.
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until(driver -> driver.getCurrentUrl().startsWith("http://127.0.0.1:" + APP_PORT + "/home"));

			assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + APP_PORT + "/home");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Signed in as Sue Pervisor");
			assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("SUPERVISOR");
			assertThat(browser.findElement(By.id("supervised-teams")).getText()).isEqualTo("North");
			assertThat(browser.findElements(By.id("demo-banner"))).as("no demo mode with Keycloak").isEmpty();
			assertThat(jdbcAudit()).contains("supervisor SUCCEEDED keycloak");

			browser.findElement(By.cssSelector("form.sign-out button")).click();
			assertThat(browser.findElement(By.id("signed-out")).getText()).isEqualTo("You have signed out.");
			browser.get("http://127.0.0.1:" + APP_PORT + "/home");
			assertThat(browser.getCurrentUrl()).as("signed out of Keycloak too: its login form again")
				.startsWith(keycloak.issuer());
			assertThat(browser.findElements(By.id("kc-login"))).isNotEmpty();
		}
		finally {
			browser.quit();
		}
	}

	private List<String> jdbcAudit() {
		return jdbc.sql("select username || ' ' || outcome || ' ' || method from web.sign_in").query(String.class).list();
	}
}
