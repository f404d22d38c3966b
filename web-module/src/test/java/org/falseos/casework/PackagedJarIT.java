package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar the way a user does ({@code java -jar}), on the embedded default database, twice over the
 * same data folder: it must come up healthy both times and keep what was stored.
 */
class PackagedJarIT {

	@TempDir
	Path dataDir;

	private static boolean openToOthers(Path path) {
		try {
			return !PosixFilePermissions.toString(Files.getPosixFilePermissions(path)).endsWith("------");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void packagedJarStartsOnTheEmbeddedDatabaseAndKeepsDataAcrossRestarts() throws Exception {
		var app = new PackagedJar(dataDir);
		app.start().awaitHealthy();
		try {
			assertThat(app.get("/")).contains("FalseOS Casework").contains("id=\"demo-banner\"");
			var me = app.send(app.as("admin", "/api/me").build());
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).as("the embedded default runs in demo mode").contains("\"username\":\"admin\"");
			try (var connection = app.database()) {
				connection.createStatement().execute("create table smoke_marker (note text)");
				connection.createStatement().execute("insert into smoke_marker values ('kept across restarts')");
			}
		}
		finally {
			app.stop();
		}
		assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
		assertThat(dataDir.resolve("index")).isDirectory();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("postgres.password"))))
			.isEqualTo("rw-------");
		try (var everything = Files.walk(dataDir)) {
			assertThat(everything.filter(path -> !Files.isSymbolicLink(path)).filter(PackagedJarIT::openToOthers))
				.as("nothing in the data folder is open to group or others").isEmpty();
		}

		app.start().awaitHealthy();
		try (var connection = app.database()) {
			var rows = connection.createStatement().executeQuery("select note from smoke_marker");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("kept across restarts");
		}
		finally {
			app.stop();
		}
	}
}
