package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in throttle over real HTTP. Each test signs in from its own loopback addresses (all of 127/8 is this
 * machine), so each starts with clean counts; {@code source-max-failures} is lowered to keep the tests short.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "falseos.demo-mode=true", "falseos.login.source-max-failures=12" })
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleIntegrationTests {

	static final String RIGHT = "right-horse-battery";

	static final String WRONG = "Wrong-Zebra-Password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void wrongPasswordsFromOneAddressDoNotStopTheRightPasswordFromAnother(CapturedOutput output) {
		account("victim");
		var attacker = new WebClient(port, "127.0.0.2");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(attacker.getWithBasic("/api/me", "victim", WRONG).statusCode()).isEqualTo(401);
		}
		assertThat(attacker.getWithBasic("/api/me", "victim", RIGHT).statusCode())
			.as("paused for the attacker's address: even the right password is refused there").isEqualTo(429);

		var owner = new WebClient(port, "127.0.0.3");
		assertThat(owner.getWithBasic("/api/me", "victim", RIGHT).statusCode()).as("the owner elsewhere").isEqualTo(200);
		var form = owner.postForm("/login", Map.of("username", "victim", "password", RIGHT, "_csrf", owner.csrfTokenOf("/login")));
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/home"));

		assertThat(audit("victim", "127.0.0.2")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED",
				"THROTTLED");
		assertThat(output.getAll()).doesNotContain(WRONG).doesNotContain(RIGHT);
	}

	@Test
	void eachFurtherFailureDoublesThePauseUpToTheLongest() {
		account("doubling");
		var client = new WebClient(port, "127.0.0.4");
		for (int attempt = 1; attempt <= 4; attempt++) {
			client.getWithBasic("/api/me", "doubling", WRONG);
		}
		assertThat(pauseSeconds("doubling", "127.0.0.4")).as("four failures are free").isNull();

		var pauses = new java.util.ArrayList<Long>();
		for (int failure = 5; failure <= 11; failure++) {
			assertThat(client.getWithBasic("/api/me", "doubling", WRONG).statusCode()).isEqualTo(401);
			pauses.add(pauseSeconds("doubling", "127.0.0.4"));
			assertThat(client.getWithBasic("/api/me", "doubling", RIGHT).statusCode()).isEqualTo(429);
			// As if the pause had run out.
			jdbc.sql("update web.sign_in_throttle set paused_until = now() - interval '1 second' "
					+ "where username = 'doubling'").update();
		}
		assertThat(pauses).containsExactly(30L, 60L, 120L, 240L, 480L, 900L, 900L);

		assertThat(client.getWithBasic("/api/me", "doubling", RIGHT).statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from web.sign_in_throttle where username = 'doubling'")
			.query(Integer.class).single()).as("a success clears the pair").isZero();
	}

	@Test
	void theRefusalIsTheSameForANameThatExistsAndOneThatDoesNot() {
		account("existing");
		HttpResponse<String> known = pausedBasicAttempt("existing", "127.0.0.5");
		HttpResponse<String> unknown = pausedBasicAttempt("nobody-by-this-name", "127.0.0.6");

		assertThat(known.statusCode()).isEqualTo(429).isEqualTo(unknown.statusCode());
		assertThat(known.body()).isEqualTo(unknown.body()).contains("paused");
		assertThat(known.headers().map().keySet()).isEqualTo(unknown.headers().map().keySet());

		String knownForm = pausedFormAttempt("existing", "127.0.0.7");
		String unknownForm = pausedFormAttempt("nobody-by-this-name", "127.0.0.8");
		assertThat(knownForm).isEqualTo(unknownForm).endsWith("/login?error&paused");

		assertThat(audit("existing", "127.0.0.5")).endsWith("THROTTLED");
		assertThat(audit("nobody-by-this-name", "127.0.0.6")).endsWith("THROTTLED");
	}

	@Test
	void theFormAndTheApiCountTogether() {
		account("both-ways");
		var client = new WebClient(port, "127.0.0.9");
		for (int attempt = 1; attempt <= 3; attempt++) {
			var failed = client.postForm("/login",
					Map.of("username", "both-ways", "password", WRONG, "_csrf", client.csrfTokenOf("/login")));
			assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?error"));
		}
		client.getWithBasic("/api/me", "both-ways", WRONG);
		client.getWithBasic("/api/me", "both-ways", WRONG);

		assertThat(client.getWithBasic("/api/me", "both-ways", RIGHT).statusCode()).isEqualTo(429);
		var form = client.postForm("/login",
				Map.of("username", "both-ways", "password", RIGHT, "_csrf", client.csrfTokenOf("/login")));
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login?error&paused"));
		assertThat(client.get("/login?error&paused").body()).contains("id=\"sign-in-paused\"");
		assertThat(audit("both-ways", "127.0.0.9")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED",
				"THROTTLED", "THROTTLED");
	}

	@Test
	void oneAddressHasABudgetOfFailuresAcrossAllNames() {
		account("budget-owner");
		var sprayer = new WebClient(port, "127.0.0.10");
		for (int name = 1; name <= 12; name++) {
			assertThat(sprayer.getWithBasic("/api/me", "sprayed-" + name, WRONG).statusCode()).isEqualTo(401);
		}
		assertThat(sprayer.getWithBasic("/api/me", "budget-owner", RIGHT).statusCode())
			.as("the address spent its budget: no name may sign in from it").isEqualTo(429);
		assertThat(sprayer.getWithBasic("/api/me", "sprayed-13", WRONG).statusCode()).isEqualTo(429);
		assertThat(new WebClient(port, "127.0.0.11").getWithBasic("/api/me", "budget-owner", RIGHT).statusCode())
			.isEqualTo(200);
		assertThat(jdbc.sql("select failures from web.sign_in_source_throttle where source = '127.0.0.10'")
			.query(Integer.class).single()).as("refusals are not counted").isEqualTo(12);
	}

	@Test
	void parallelAttemptsCannotSlipPastTheCount() throws Exception {
		account("parallel");
		var client = new WebClient(port, "127.0.0.12");
		List<Callable<Integer>> attempts = IntStream.range(0, 20)
			.<Callable<Integer>>mapToObj(i -> () -> client.getWithBasic("/api/me", "parallel", WRONG).statusCode())
			.toList();
		try (var pool = Executors.newFixedThreadPool(20)) {
			var statuses = pool.invokeAll(attempts).stream().map(future -> {
				try {
					return future.get();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
			assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
		}
		assertThat(audit("parallel", "127.0.0.12")).filteredOn("FAILED"::equals).hasSize(5);
	}

	@Test
	void aPauseWrittenByAnotherInstanceIsHonouredHere() {
		account("shared");
		// Another instance sharing the database paused this pair; this instance has never seen it fail.
		jdbc.sql("""
				insert into web.sign_in_throttle (username, source, failures, last_failure_at, paused_until)
				values ('shared', '127.0.0.13', 5, now(), now() + interval '10 minutes')""").update();

		var client = new WebClient(port, "127.0.0.13");
		assertThat(client.getWithBasic("/api/me", "shared", RIGHT).statusCode()).isEqualTo(429);

		jdbc.sql("delete from web.sign_in_throttle where username = 'shared'").update();
		assertThat(client.getWithBasic("/api/me", "shared", RIGHT).statusCode())
			.as("and its clearing, by whichever instance").isEqualTo(200);
	}

	@Test
	void administratorsSeeAndClearThrottlesOverTheApi() {
		account("cleared");
		var attacker = new WebClient(port, "127.0.0.14");
		for (int attempt = 1; attempt <= 6; attempt++) {
			attacker.getWithBasic("/api/me", "cleared", WRONG);
		}
		var admin = new WebClient(port, "127.0.0.15");

		var listed = json.readTree(admin.getWithBasic("/api/admin/sign-in-throttles", "admin", "demo").body());
		var pair = listed.get("names").values().stream()
			.filter(node -> node.get("username").asString().equals("cleared"))
			.findFirst()
			.orElseThrow();
		assertThat(pair.get("source").asString()).isEqualTo("127.0.0.14");
		assertThat(pair.get("failures").asInt()).isEqualTo(5);
		assertThat(pair.get("pausedUntil").isNull()).isFalse();
		assertThat(listed.get("sources").values().stream().map(node -> node.get("source").asString()))
			.contains("127.0.0.14");

		assertThat(delete(admin, "/api/admin/sign-in-throttles?source=127.0.0.14&username=cleared", "caseworker")
			.statusCode()).as("admins only").isEqualTo(403);
		var missing = delete(admin, "/api/admin/sign-in-throttles?username=cleared", "admin");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("source");
		assertThat(delete(admin, "/api/admin/sign-in-throttles?source=127.0.0.14&username=cleared", "admin")
			.statusCode()).isEqualTo(204);
		assertThat(delete(admin, "/api/admin/sign-in-throttles?source=127.0.0.14&username=cleared", "admin")
			.statusCode()).as("nothing left to clear").isEqualTo(404);

		assertThat(attacker.getWithBasic("/api/me", "cleared", RIGHT).statusCode()).isEqualTo(200);
		assertThat(delete(admin, "/api/admin/sign-in-throttles?source=127.0.0.14", "admin").statusCode())
			.as("the address's own budget").isEqualTo(204);
		assertThat(jdbc.sql("select count(*) from web.sign_in_source_throttle where source = '127.0.0.14'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void administratorsClearThrottlesOnTheirPageWithItsCsrfToken() {
		account("page-cleared");
		var attacker = new WebClient(port, "127.0.0.16");
		for (int attempt = 1; attempt <= 5; attempt++) {
			attacker.getWithBasic("/api/me", "page-cleared", WRONG);
		}
		var admin = new WebClient(port, "127.0.0.17");
		admin.postForm("/login", Map.of("username", "admin", "password", "demo", "_csrf", admin.csrfTokenOf("/login")));

		var page = admin.get("/admin/sign-in-throttles");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("page-cleared").contains("127.0.0.16");
		assertThat(admin.get("/admin").body()).contains("href=\"/admin/sign-in-throttles\"");

		var fields = Map.of("username", "page-cleared", "source", "127.0.0.16");
		assertThat(admin.postForm("/admin/sign-in-throttles/clear", fields).statusCode()).as("no CSRF token")
			.isEqualTo(403);
		var withToken = new java.util.HashMap<>(fields);
		withToken.put("_csrf", admin.csrfTokenOf("/admin/sign-in-throttles"));
		var cleared = admin.postForm("/admin/sign-in-throttles/clear", withToken);
		assertThat(cleared.statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin/sign-in-throttles").body()).contains("Cleared the failures of “page-cleared”");
		assertThat(attacker.getWithBasic("/api/me", "page-cleared", RIGHT).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> pausedBasicAttempt(String username, String address) {
		var client = new WebClient(port, address);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(client.getWithBasic("/api/me", username, WRONG).statusCode()).isEqualTo(401);
		}
		return client.getWithBasic("/api/me", username, RIGHT);
	}

	private String pausedFormAttempt(String username, String address) {
		var client = new WebClient(port, address);
		for (int attempt = 1; attempt <= 5; attempt++) {
			client.postForm("/login", Map.of("username", username, "password", WRONG, "_csrf", client.csrfTokenOf("/login")));
		}
		return client.postForm("/login",
				Map.of("username", username, "password", RIGHT, "_csrf", client.csrfTokenOf("/login")))
			.headers()
			.firstValue("Location")
			.orElseThrow();
	}

	private HttpResponse<String> delete(WebClient client, String path, String username) {
		String credentials = java.util.Base64.getEncoder().encodeToString((username + ":demo").getBytes());
		return client.send("DELETE", path, "Authorization", "Basic " + credentials);
	}

	private void account(String username) {
		accounts.createIfAbsent(new Account(username, username, passwords.encode(RIGHT), true, Set.of(Role.STAFF),
				Set.of(), Set.of()), false);
	}

	private List<String> audit(String username, String address) {
		return jdbc.sql("select outcome from web.sign_in where username = ? and remote_address = ? order by id")
			.params(username, address)
			.query(String.class)
			.list();
	}

	private Long pauseSeconds(String username, String source) {
		return jdbc.sql("""
				select extract(epoch from paused_until - last_failure_at)::bigint from web.sign_in_throttle
				where username = ? and source = ?""")
			.params(username, source)
			.query(Long.class)
			.optional()
			.orElse(null);
	}
}
