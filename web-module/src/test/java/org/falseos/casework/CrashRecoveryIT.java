package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash drills on the packaged jar over the embedded default: writes are acknowledged while the app is killed
 * with SIGKILL, first alone (its database keeps running) and then together with its database (as close to a power
 * cut as a test gets). After each kill a single start must come up healthy and hold every acknowledged write.
 */
class CrashRecoveryIT {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	@TempDir
	Path dataDir;

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	@Test
	void everyAcknowledgedWriteSurvivesAKillOfTheAppAndOfItsDatabase() throws Exception {
		var app = new PackagedJar(dataDir);
		app.start().awaitHealthy();

		writeUntilKilled(app, 0, () -> app.killApp());
		assertThat(OrphanedPostmaster.find(EmbeddedPostgresSettings.databaseFolder(dataDir)))
			.as("the database outlives the killed app, as it does for users").isPresent();
		app.start().awaitHealthy();
		assertEveryAcknowledgedCaseIsThere(app);

		writeUntilKilled(app, 1, () -> {
			app.killApp();
			app.killDatabase();
		});
		app.start().awaitHealthy();
		assertEveryAcknowledgedCaseIsThere(app);

		Duration stop = app.stop();
		System.out.println("CrashRecoveryIT: normal stop took " + stop.toMillis() + " ms");
		assertThat(OrphanedPostmaster.find(EmbeddedPostgresSettings.databaseFolder(dataDir)))
			.as("a normal stop stops the database too").isEmpty();
		assertThat(logOfLastRun()).as("a normal stop logs no error (e.g. the database stopping before its users)")
			.doesNotContain(" ERROR ")
			.contains("Database: embedded PostgreSQL on 127.0.0.1");
	}

	@Test
	void theEmbeddedDatabaseRefusesConnectionsWithoutItsPassword() throws Exception {
		var app = new PackagedJar(dataDir);
		app.start().awaitHealthy();
		try {
			String url = app.databaseUrl();
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess").close())
				.hasMessageContaining("password authentication failed");
			try (var connection = app.database(); var statement = connection.createStatement()) {
				for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
					var rows = statement.executeQuery("show " + setting);
					rows.next();
					assertThat(rows.getString(1)).as(setting).isEqualTo("on");
				}
				var rows = statement.executeQuery("show listen_addresses");
				rows.next();
				assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
			}
		}
		finally {
			app.stop();
		}
	}

	/** Opens cases from two writers until a few of this round are acknowledged, then kills while they still write. */
	private void writeUntilKilled(PackagedJar app, int round, Killer killer) throws Exception {
		var running = new AtomicBoolean(true);
		int before = acknowledged.size();
		var writers = List.of(writer(app, round, 0, running), writer(app, round, 1, running));
		writers.forEach(Thread::start);
		await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= before + 100);
		killer.kill();
		running.set(false);
		for (Thread writer : writers) {
			writer.join(Duration.ofSeconds(60));
		}
	}

	private Thread writer(PackagedJar app, int round, int writer, AtomicBoolean running) {
		return Thread.ofVirtual().unstarted(() -> {
			for (int i = 0; running.get(); i++) {
				String body = """
						{"clientCode": "CR-%d-%d-%d", "jurisdiction": "scotland", "summary": "Crash drill case",
						 "harmTypes": ["threats"]}""".formatted(round, writer, i);
				try {
					var response = app.send(app.as("caseworker", "/api/cases")
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build());
					if (response.statusCode() == 201) {
						var id = ID.matcher(response.body());
						assertThat(id.find()).as(response.body()).isTrue();
						acknowledged.add(id.group(1));
					}
				}
				catch (Exception refusedOnceKilled) {
					// Not acknowledged, so it may or may not be there: nothing to check.
				}
			}
		});
	}

	private void assertEveryAcknowledgedCaseIsThere(PackagedJar app) throws Exception {
		assertThat(acknowledged).isNotEmpty();
		for (String id : acknowledged) {
			var response = app.send(app.as("caseworker", "/api/cases/" + id).build());
			assertThat(response.statusCode()).as("acknowledged case " + id).isEqualTo(200);
		}
	}

	private static String logOfLastRun() throws Exception {
		String log = Files.readString(PackagedJar.LOG);
		return log.substring(log.lastIndexOf("\n==== "));
	}

	@FunctionalInterface
	private interface Killer {

		void kill() throws Exception;
	}
}
