package org.falseos.casework.web.internal.backup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * An external database a restore is to go into, on the server the tests use ({@code FALSEOS_TEST_DATABASE_URL}):
 * a fresh database of its own, dropped afterwards.
 */
class ExternalRestoreTargetTests {

	static final String SERVER = System.getenv("FALSEOS_TEST_DATABASE_URL");

	static final String ADMIN = System.getenv().getOrDefault("FALSEOS_TEST_DATABASE_USER", "postgres");

	final String name = "falseos_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	String url;

	@BeforeEach
	void createDatabase() throws SQLException {
		assumeTrue(SERVER != null && !SERVER.isBlank(), "needs a PostgreSQL server: FALSEOS_TEST_DATABASE_URL");
		execute(SERVER, "create database " + name);
		url = SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + name;
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (url != null) {
			execute(SERVER, "drop database if exists " + name + " with (force)");
			execute(SERVER, """
					do $$ begin
					    if exists (select from pg_roles where rolname = '%1$s') then
					        revoke set on parameter session_replication_role from %1$s;
					        drop role %1$s;
					    end if;
					end $$""".formatted(name));
		}
	}

	@Test
	void anEmptyDatabaseAndASuperuserAreAccepted() {
		assertThatCode(() -> ExternalRestoreTarget.requireEmptyAndLoadable(environment(ADMIN))).doesNotThrowAnyException();
	}

	@Test
	void aDatabaseWithAnyTableInItIsRefusedAndTheTableNamed() throws SQLException {
		execute(url, "create schema cases");
		execute(url, "create table cases.case_file (id int)");

		assertThatThrownBy(() -> ExternalRestoreTarget.requireEmptyAndLoadable(environment(ADMIN)))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("is not empty (it has cases.case_file)");
	}

	@Test
	void aRoleThatMayNotLoadRowsPastTriggersIsRefused() throws SQLException {
		execute(SERVER, "create role " + name + " login");

		assertThatThrownBy(() -> ExternalRestoreTarget.requireEmptyAndLoadable(environment(name)))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("may not set session_replication_role");

		execute(SERVER, "grant set on parameter session_replication_role to " + name);
		assertThatCode(() -> ExternalRestoreTarget.requireEmptyAndLoadable(environment(name))).doesNotThrowAnyException();
	}

	private StandardEnvironment environment(String user) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test",
				Map.of("spring.datasource.url", url, "spring.datasource.username", user)));
		return environment;
	}

	private static void execute(String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database, ADMIN, null)) {
			connection.createStatement().execute(sql);
		}
	}
}
