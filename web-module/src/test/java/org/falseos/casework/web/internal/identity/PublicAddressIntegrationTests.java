package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default's public URL (http://127.0.0.1 and the server's port) as the API's only accepted origin,
 * redirects that never take the {@code Host} header, the security headers, and who may read the actuator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class PublicAddressIntegrationTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void theApiAcceptsOnlyThePublicUrlsSchemeHostAndPortAsOrigin() {
		String self = "http://127.0.0.1:" + port;
		assertThat(deleteFrom(self).statusCode()).as("the right origin reaches the route (nothing to clear)")
			.isEqualTo(404);
		assertThat(deleteFrom(null).statusCode()).as("no Origin: not a browser").isEqualTo(404);
		for (String foreign : new String[] { "http://127.0.0.1:9999", "https://127.0.0.1:" + port,
				"http://localhost:" + port, "http://127.0.0.1.evil.example:" + port, "null" }) {
			var refused = deleteFrom(foreign);
			assertThat(refused.statusCode()).as(foreign).isEqualTo(403);
			assertThat(refused.body()).as(foreign).contains("Requests from other sites may not change anything here.");
		}
	}

	@Test
	void redirectsNeverCarryTheHostHeader() {
		var http = new RawHttp(port);
		var toSignIn = http.send("GET", "/admin/sign-ins", "evil.example:666", null, null);
		assertThat(toSignIn.status()).isEqualTo(302);
		assertThat(toSignIn.header("Location")).isEqualTo("/login");

		// Spring Security remembers the page asked for as an absolute URL built from the request's Host.
		String session = toSignIn.header("Set-Cookie").split(";")[0];
		var form = http.send("GET", "/login", "evil.example:666", session, null);
		var token = CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();
		var signedIn = http.send("POST", "/login", "evil.example:666", session,
				"username=admin&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).isEqualTo("/admin/sign-ins?continue");
		assertThat(signedIn.head()).doesNotContain("evil.example");
	}

	@Test
	void pagesAndTheApiCarryTheNewSecurityHeaders() {
		var client = new WebClient(port);
		for (var response : new java.net.http.HttpResponse<?>[] { client.get("/"), client.get("/api/me") }) {
			var headers = response.headers();
			assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
					policy -> assertThat(policy).contains("camera=()").contains("microphone=()").contains("geolocation=()"));
			assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
			assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
			assertThat(headers.firstValue("Strict-Transport-Security")).as("not over http outside prod").isEmpty();
		}
		assertThat(client.get("/login").headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
	}

	@Test
	void actuatorInfoIsForAdministratorsAndHealthShowsNoDetails() {
		var client = new WebClient(port);
		var anonymous = client.get("/actuator/info");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).doesNotContain("java").doesNotContain("FalseOS Casework");
		assertThat(client.getWithBasic("/actuator/info", "caseworker", "demo").statusCode()).isEqualTo(403);
		var admin = client.getWithBasic("/actuator/info", "admin", "demo");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("FalseOS Casework").contains("\"java\"");

		var health = client.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details")
			.doesNotContain("db");
		assertThat(client.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(client.get("/actuator/env").statusCode()).as("nothing else is exposed").isIn(401, 404);
	}

	private java.net.http.HttpResponse<String> deleteFrom(String origin) {
		String credentials = java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		String path = "/api/admin/sign-in-throttles?source=192.0.2.1";
		var client = new WebClient(port);
		return origin == null ? client.send("DELETE", path, "Authorization", "Basic " + credentials)
				: client.send("DELETE", path, "Authorization", "Basic " + credentials, "Origin", origin);
	}
}
