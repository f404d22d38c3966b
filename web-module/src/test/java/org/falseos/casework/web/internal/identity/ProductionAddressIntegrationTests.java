package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile behind a TLS-terminating proxy at 127.0.0.2 (the only trusted one): forwarded headers believed
 * from it alone, the https public URL as the only accepted origin, HSTS and a Secure session cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "falseos.public-url=https://casework.example.org", "falseos.trusted-proxies=127.0.0.2",
				"falseos.linking.hmac-secret=production-address-test-secret-of-enough-length" })
@ActiveProfiles("prod")
class ProductionAddressIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Test
	void forwardedHeadersAreBelievedFromTheTrustedProxyOnly() {
		var viaProxy = new WebClient(port, "127.0.0.2");
		assertThat(viaProxy.get("/api/me", "Authorization", basic("forwarded-a", "wrong"), "X-Forwarded-For",
				"203.0.113.7", "X-Forwarded-Proto", "https").statusCode()).isEqualTo(401);
		var direct = new WebClient(port, "127.0.0.3");
		assertThat(direct.get("/api/me", "Authorization", basic("forwarded-b", "wrong"), "X-Forwarded-For",
				"198.51.100.9").statusCode()).isEqualTo(401);

		assertThat(audit("forwarded-a")).containsExactly("203.0.113.7");
		assertThat(audit("forwarded-b")).as("not a trusted proxy: its header is ignored").containsExactly("127.0.0.3");
		assertThat(jdbc.sql("select source from web.sign_in_throttle where username = 'forwarded-a'")
			.query(String.class).list()).as("the throttle counts the real client").containsExactly("203.0.113.7");
	}

	@Test
	void theOnlyAcceptedOriginIsTheHttpsPublicUrl() {
		accounts.createIfAbsent(new Account("prod-admin", "Prod Admin", passwords.encode("prod-admin-password"), true,
				Set.of(Role.ADMIN), Set.of(), Set.of()), false);
		var client = new WebClient(port, "127.0.0.4");
		String credentials = basic("prod-admin", "prod-admin-password");
		String path = "/api/admin/sign-in-throttles?source=192.0.2.1";

		assertThat(client.send("DELETE", path, "Authorization", credentials, "Origin", "https://casework.example.org")
			.statusCode()).isEqualTo(404);
		for (String foreign : List.of("http://casework.example.org", "https://casework.example.org:8443",
				"https://evil.example", "http://127.0.0.1:" + port)) {
			assertThat(client.send("DELETE", path, "Authorization", credentials, "Origin", foreign).statusCode())
				.as(foreign).isEqualTo(403);
		}
	}

	@Test
	void everyResponseCarriesHstsAndTheSessionCookieIsSecure() {
		var client = new WebClient(port, "127.0.0.5");
		var page = client.get("/login");

		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(client.get("/api/me").headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
	}

	private List<String> audit(String username) {
		return jdbc.sql("select remote_address from web.sign_in where username = ?")
			.param(username)
			.query(String.class)
			.list();
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
