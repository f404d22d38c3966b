package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar the way a user does ({@code java -jar}), on the embedded default database, twice over the
 * same data folder: it must come up healthy both times and keep what was stored.
 */
class PackagedJarIT {

	@TempDir
	Path dataDir;

	@Test
	void packagedJarStartsOnTheEmbeddedDatabaseAndKeepsDataAcrossRestarts() throws Exception {
		int httpPort = freePort();
		int databasePort = freePort();
		String database = "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";

		Process first = start(httpPort, databasePort);
		try {
			awaitHealthy(httpPort, first);
			assertThat(get(httpPort, "/")).contains("FalseOS Casework").contains("id=\"demo-banner\"");
			assertThat(signedInAsDemoAdmin(httpPort, "/api/me")).as("the embedded default runs in demo mode")
				.contains("\"username\":\"admin\"");
			try (var connection = DriverManager.getConnection(database, "postgres", null)) {
				connection.createStatement().execute("create table smoke_marker (note text)");
				connection.createStatement().execute("insert into smoke_marker values ('kept across restarts')");
			}
		}
		finally {
			stop(first);
		}
		assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
		assertThat(dataDir.resolve("index")).isDirectory();

		Process second = start(httpPort, databasePort);
		try {
			awaitHealthy(httpPort, second);
			try (var connection = DriverManager.getConnection(database, "postgres", null)) {
				var rows = connection.createStatement().executeQuery("select note from smoke_marker");
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("kept across restarts");
			}
		}
		finally {
			stop(second);
		}
	}

	private Process start(int httpPort, int databasePort) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		var command = List.of(java, "-Xmx512m", "-jar", System.getProperty("falseos.jar"),
				"--server.port=" + httpPort, "--falseos.data-dir=" + dataDir,
				"--falseos.embedded-postgres.port=" + databasePort);
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "packaged-jar-it.log").toFile()));
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
		return builder.start();
	}

	private static void awaitHealthy(int port, Process process) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			assertThat(process.isAlive()).as("the jar exited early: see target/packaged-jar-it.log").isTrue();
			try {
				return get(port, "/actuator/health").contains("\"status\":\"UP\"");
			}
			catch (IOException notYet) {
				return false;
			}
		});
	}

	private static String get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String signedInAsDemoAdmin(int port, String path) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		var response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
