package org.falseos.casework.web.internal.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak server for tests: the distribution the Maven build unpacked into {@code target/keycloak}, started
 * in dev mode on 127.0.0.1 with a fresh copy of {@code deploy/keycloak/falseos-realm.json}. When it is missing or
 * does not start, {@link Available} disables the test class with a loud reason and a WARN line: the report counts
 * its tests as skipped, never as passed.
 */
final class KeycloakServer implements AutoCloseable {

	static final String WEB_CLIENT_SECRET = "staging-only-falseos-web-secret";

	static final String TOKEN_CLIENT = "falseos-staging-cli";

	static final String STAGING_PASSWORD = "staging";

	private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final int port;

	private KeycloakServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts Keycloak with the realm's web client allowed to redirect to the app on {@code appPort}. */
	static KeycloakServer start(int appPort) throws Unavailable {
		Path home = Path.of(System.getProperty("falseos.keycloak.home", "target/keycloak/missing"));
		Path realm = Path.of(System.getProperty("falseos.keycloak.realm", "../deploy/keycloak/falseos-realm.json"));
		if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			throw new Unavailable("no Keycloak distribution at " + home + " (the Maven build unpacks "
					+ "org.keycloak:keycloak-quarkus-dist there; -Dfalseos.keycloak.skip=true leaves it out)");
		}
		Path log = home.getParent().resolve("keycloak.log");
		int port = freePort();
		Process process;
		try {
			// A fresh realm every run: its database lives in data/, and the import skips realms that exist.
			FileSystemUtils.deleteRecursively(home.resolve("data"));
			Files.createDirectories(home.resolve("data/import"));
			Files.writeString(home.resolve("data/import/falseos-realm.json"), realmFor(Files.readString(realm), appPort));
			var builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-port=" + port, "--http-host=127.0.0.1", "--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "bootstrap-admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
			process = builder.start();
		}
		catch (IOException | RuntimeException e) {
			throw new Unavailable("Keycloak could not be started from " + home + ": " + e);
		}
		var server = new KeycloakServer(process, port);
		Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		long started = System.nanoTime();
		try {
			Awaitility.await()
				.atMost(Duration.ofMinutes(4))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> !process.isAlive() || server.answers());
		}
		catch (ConditionTimeoutException e) {
			// handled below: the server is not answering
		}
		if (!process.isAlive() || !server.answers()) {
			server.close();
			throw new Unavailable("Keycloak did not start on 127.0.0.1:" + port + "; see " + log);
		}
		KeycloakServer.log.info("Keycloak {} answering on 127.0.0.1:{} after {} s (log: {})", home.getFileName(), port,
				Duration.ofNanos(System.nanoTime() - started).toSeconds(), log);
		return server;
	}

	String issuer() {
		return "http://127.0.0.1:" + port + "/realms/falseos";
	}

	/** An access token for a staging user, by the password grant of the staging client. */
	String accessToken(String username) {
		return accessToken(username, TOKEN_CLIENT);
	}

	/** An access token for a staging user, issued to the given public client by the password grant. */
	String accessToken(String username, String client) {
		var response = post(issuer() + "/protocol/openid-connect/token", "grant_type=password&client_id=" + client
				+ "&scope=openid&username=" + username + "&password=" + STAGING_PASSWORD);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token for " + username + ": HTTP " + response.statusCode());
		}
		return json.readTree(response.body()).get("access_token").asString();
	}

	@Override
	public void close() {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean answers() {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static HttpResponse<String> post(String url, String form) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	// The committed realm allows the app on port 8080; the test app listens elsewhere.
	private static String realmFor(String realm, int appPort) {
		JsonNode root = json.readTree(realm);
		for (JsonNode client : root.get("clients")) {
			if (client.get("clientId").asString().equals("falseos-web")) {
				var web = (ObjectNode) client;
				web.putArray("redirectUris").add("http://127.0.0.1:" + appPort + "/login/oauth2/code/keycloak");
				((ObjectNode) web.get("attributes")).put("post.logout.redirect.uris", "http://127.0.0.1:" + appPort + "/*");
			}
		}
		return json.writeValueAsString(root);
	}

	/** Why there is no Keycloak to test against. */
	static final class Unavailable extends Exception {

		Unavailable(String why) {
			super("SKIPPED LOUDLY: the Keycloak integration tests did not run: " + why);
		}
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> stagingUsers() {
		return List.of("caseworker", "caseworker2", "coordinator", "supervisor", "staff", "editor", "admin");
	}
}
