package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's start-up rules, in-process (the crash drills on the real jar are in CrashRecoveryIT). */
class EmbeddedPostgresServerTests {

	@TempDir
	Path dataDir;

	@Test
	void aDataFolderMadeWithoutAPasswordGetsOneAndRefusesPasswordlessConnectionsFromThenOn() throws Exception {
		Path folder = EmbeddedPostgresSettings.databaseFolder(dataDir);
		// What earlier versions left: the library's defaults, trust authentication, no password file.
		try (var legacy = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start();
				var connection = legacy.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("create table kept (note text)");
			connection.createStatement().execute("insert into kept values ('from before the password')");
		}
		assertThat(EmbeddedPostgresPassword.exists(dataDir)).isFalse();

		try (var server = EmbeddedPostgresServer.start(dataDir, 0)) {
			assertThat(EmbeddedPostgresPassword.exists(dataDir)).isTrue();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedPostgresPassword.file(dataDir))))
				.isEqualTo("rw-------");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null).close())
				.hasMessageContaining("password");
			try (var connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
				var rows = connection.createStatement().executeQuery("select note from kept");
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("from before the password");
			}
		}
		try (var again = EmbeddedPostgresServer.start(dataDir, 0);
				var connection = DriverManager.getConnection(again.jdbcUrl(), "postgres",
						EmbeddedPostgresPassword.read(dataDir))) {
			assertThat(connection.isValid(5)).as("the password kept in the data folder opens it at the next start").isTrue();
		}
	}

	@Test
	void aSecondProcessOnTheSameDataFolderIsRefused() throws Exception {
		try (var first = DataFolderLock.acquire(dataDir)) {
			assertThatThrownBy(() -> DataFolderLock.acquire(dataDir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another running FalseOS Casework")
				.hasMessageContaining(Long.toString(ProcessHandle.current().pid()));
		}
		DataFolderLock.acquire(dataDir).close();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
	}
}
