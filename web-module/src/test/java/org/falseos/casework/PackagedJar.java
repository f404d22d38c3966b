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
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as a user runs it ({@code java -jar}) on the embedded default, over one data folder. */
final class PackagedJar {

	static final Path LOG = Path.of("target", "packaged-jar-it.log");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Path dataDir;

	final int httpPort = freePort();

	private Process process;

	PackagedJar(Path dataDir) {
		this.dataDir = dataDir;
	}

	PackagedJar start(String... arguments) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		var command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", System.getProperty("falseos.jar"),
				"--server.port=" + httpPort, "--falseos.data-dir=" + dataDir));
		command.addAll(List.of(arguments));
		Files.writeString(LOG, "\n==== " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		var builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
		process = builder.start();
		return this;
	}

	PackagedJar awaitHealthy() {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(process.isAlive()).as("the jar exited early: see " + LOG).isTrue();
			try {
				return get("/actuator/health").contains("\"status\":\"UP\"");
			}
			catch (IOException notYet) {
				return false;
			}
		});
		return this;
	}

	/** A normal stop (SIGTERM); returns how long it took. */
	Duration stop() throws InterruptedException {
		long started = System.nanoTime();
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** {@code kill -9} of the app alone: its database process is left running, as after a crash of the JVM. */
	void killApp() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** {@code kill -9} of the database as well, as close to a power cut as a test can get. */
	void killDatabase() throws IOException {
		var postmaster = OrphanedPostmaster.find(EmbeddedPostgresSettings.databaseFolder(dataDir)).orElseThrow();
		postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
		postmaster.destroyForcibly();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !postmaster.isAlive() && postmaster.descendants().noneMatch(ProcessHandle::isAlive));
	}

	Connection database() throws IOException, SQLException {
		return DriverManager.getConnection(databaseUrl(), "postgres",
				Files.readString(dataDir.resolve(EmbeddedPostgresPassword.FILE_NAME)).strip());
	}

	/**
	 * The database's address, from the fourth line of its pid file: like a user's, the database takes any free port
	 * at each start, so a test cannot stumble on a database left running from the previous start on the same port.
	 */
	String databaseUrl() throws IOException {
		var pidFile = Files.readAllLines(EmbeddedPostgresSettings.databaseFolder(dataDir).resolve("postmaster.pid"));
		return "jdbc:postgresql://127.0.0.1:" + pidFile.get(3).strip() + "/postgres";
	}

	String get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).build()).body();
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder as(String username, String path) {
		String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + httpPort + path);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
