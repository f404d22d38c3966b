package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore as a charity runs them, with the packaged jar on the embedded default: a case with evidence
 * and a perpetrator identifier is recorded over the API, the app is stopped, backed up, restored into a new data
 * folder and started there. The case, the evidence original (byte for byte, same SHA-256), the search index and
 * the linking key all come back; a backup with one changed byte is refused with the file named.
 */
class BackupRestoreIT {

	static final Path LOGS = Path.of("target", "backup-restore-it");

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path temp;

	@Test
	void aStoppedAppIsBackedUpAndRestoredIntoANewDataFolderWithEverythingItHeld() throws Exception {
		Path original = temp.resolve("data");
		Path backup = temp.resolve("backup");
		Path restored = temp.resolve("restored");
		Files.createDirectories(LOGS);

		String caseId;
		String evidenceId;
		String clientCode = "NC-RESTORE-" + UUID.randomUUID().toString().substring(0, 6);
		var app = App.start(original, "1-original");
		try {
			app.awaitHealthy();
			caseId = app.field(app.postJson("caseworker", "/api/cases", """
					{"clientCode": "%s", "jurisdiction": "scotland", "summary": "Threatening messages about a lighthouse"}"""
				.formatted(clientCode)), "id");
			app.postJson("caseworker", "/api/cases/" + caseId + "/identifiers",
					"{\"kind\": \"phone\", \"value\": \"07700 900861\"}");
			evidenceId = app.field(app.upload("caseworker", "/api/cases/" + caseId + "/evidence", "threat.png", PNG), "id");
		}
		finally {
			app.stop();
		}

		assertThat(App.run(original, "2-backup", "--falseos.backup=" + backup)).as("backup exit code").isZero();
		assertThat(backup.resolve("manifest.json")).exists();
		assertThat(backup.resolve("evidence").resolve(evidenceId)).hasBinaryContent(PNG);
		assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

		Path tampered = temp.resolve("tampered");
		copyTree(backup, tampered);
		Path tamperedEvidence = tampered.resolve("evidence").resolve(evidenceId);
		byte[] bytes = Files.readAllBytes(tamperedEvidence);
		bytes[3] ^= 1;
		Files.write(tamperedEvidence, bytes);
		Path refusedFolder = temp.resolve("refused");
		assertThat(App.run(refusedFolder, "3-tampered-restore", "--falseos.restore=" + tampered))
			.as("restore of a tampered backup").isNotZero();
		assertThat(Files.readString(LOGS.resolve("3-tampered-restore.log")))
			.contains("evidence/" + evidenceId + " does not match manifest.json");
		assertThat(refusedFolder).as("nothing created for a refused backup").doesNotExist();

		assertThat(App.run(restored, "4-restore", "--falseos.restore=" + backup)).as("restore exit code").isZero();
		assertThat(restored.resolve("RESTORE-IN-PROGRESS")).doesNotExist();
		assertThat(restored.resolve("index")).as("left for the next start to rebuild").doesNotExist();
		assertThat(restored.resolve("linking/hmac.key")).hasSameBinaryContentAs(original.resolve("linking/hmac.key"));

		var again = App.start(restored, "5-restored");
		try {
			again.awaitHealthy();
			assertThat(again.get("caseworker", "/api/cases/" + caseId).body()).contains(clientCode);
			var download = again.getBytes("caseworker", "/api/cases/" + caseId + "/evidence/" + evidenceId + "/original");
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(download.body()).isEqualTo(PNG);
			assertThat(again.get("caseworker", "/api/cases/" + caseId + "/evidence").body()).contains(sha256(PNG));
			assertThat(again.get("caseworker", "/api/search/cases?q=lighthouse").body()).as("index rebuilt").contains(caseId);

			// A new case with the same phone number in another form is linked only if the restored key is the one
			// the restored fingerprints were made with.
			String southCase = again.field(again.postJson("caseworker2", "/api/cases", """
					{"clientCode": "SC-RESTORE-1", "jurisdiction": "scotland", "summary": "Messages"}"""), "id");
			again.postJson("caseworker2", "/api/cases/" + southCase + "/identifiers",
					"{\"kind\": \"url\", \"value\": \"https://wa.me/447700900861\"}");
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
				.until(() -> again.get("coordinator", "/api/linking/suggestions").body(),
						body -> body.contains(caseId) && body.contains(southCase));
		}
		finally {
			again.stop();
		}
	}

	/** The packaged jar, run as {@code java -jar} on one data folder, its output in {@link #LOGS}. */
	record App(Process process, int port) {

		static App start(Path dataDir, String name, String... arguments) throws IOException {
			int port = freePort();
			var command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", System.getProperty("falseos.jar"),
					"--server.port=" + port, "--falseos.data-dir=" + dataDir));
			command.addAll(List.of(arguments));
			var builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(LOGS.resolve(name + ".log").toFile());
			builder.environment().keySet().removeIf(variable -> variable.startsWith("SPRING_DATASOURCE")
					|| variable.startsWith("FALSEOS_"));
			return new App(builder.start(), port);
		}

		/** Runs a command (a backup or restore) to its end; answers its exit code. */
		static int run(Path dataDir, String name, String... arguments) throws IOException, InterruptedException {
			var app = start(dataDir, name, arguments);
			if (!app.process.waitFor(4, TimeUnit.MINUTES)) {
				app.process.destroyForcibly().waitFor();
				throw new AssertionError(name + " did not finish: see " + LOGS.resolve(name + ".log"));
			}
			return app.process.exitValue();
		}

		void awaitHealthy() {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				assertThat(process.isAlive()).as("the jar exited early: see " + LOGS).isTrue();
				try {
					return http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
							HttpResponse.BodyHandlers.ofString()).body().contains("\"status\":\"UP\"");
				}
				catch (IOException notYet) {
					return false;
				}
			});
		}

		void stop() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}

		HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
			return http.send(as(user, path).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<byte[]> getBytes(String user, String path) throws IOException, InterruptedException {
			return http.send(as(user, path).build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		String postJson(String user, String path, String json) throws IOException, InterruptedException {
			var response = http.send(as(user, path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
			return response.body();
		}

		String upload(String user, String path, String fileName, byte[] content) throws IOException, InterruptedException {
			String boundary = "backup-" + UUID.randomUUID();
			var body = new ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nscreenshot\r\n"
					+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			var response = http.send(as(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
			return response.body();
		}

		String field(String json, String name) {
			var match = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
			assertThat(match.find()).as(name + " in " + json).isTrue();
			return match.group(1);
		}

		private HttpRequest.Builder as(String user, String path) {
			String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
			return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization",
					"Basic " + basic);
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		private static String java() {
			return ProcessHandle.current().info().command().orElse("java");
		}

		private static int freePort() throws IOException {
			try (var socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (var tree = Files.walk(from)) {
			for (Path source : tree.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}
}
