package org.falseos.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** A real PostgreSQL database for one test application context, and how it is cleaned up afterwards. */
public abstract class TestDatabase implements AutoCloseable {

	public static final String URL_VARIABLE = "FALSEOS_TEST_DATABASE_URL";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	public abstract String jdbcUrl();

	public abstract String username();

	public abstract String password();

	@Override
	public abstract void close();

	static TestDatabase choose() {
		String url = setting(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			var database = new FreshDatabaseOnServer(url, setting("FALSEOS_TEST_DATABASE_USER"),
					setting("FALSEOS_TEST_DATABASE_PASSWORD"));
			log.info("Test database: fresh database {} on the server named by {} ({})", database.name, URL_VARIABLE, url);
			return database;
		}
		if (dockerAvailable()) {
			log.info("Test database: Testcontainers PostgreSQL (a Docker engine is available)");
			return new Container();
		}
		log.info("Test database: embedded PostgreSQL ({} is not set and no Docker engine answers)", URL_VARIABLE);
		return new Embedded();
	}

	private static String setting(String name) {
		String value = System.getProperty(name);
		return value != null ? value : System.getenv(name);
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	/** Creates a uniquely named database on an existing server and drops it when the context closes. */
	static final class FreshDatabaseOnServer extends TestDatabase {

		private final String adminUrl;

		private final Properties credentials = new Properties();

		private final String name = "falseos_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

		FreshDatabaseOnServer(String adminUrl, String user, String password) {
			this.adminUrl = adminUrl;
			credentials.setProperty("user", user == null || user.isBlank() ? "postgres" : user);
			if (password != null) {
				credentials.setProperty("password", password);
			}
			execute("create database " + name);
		}

		@Override
		public String jdbcUrl() {
			int query = adminUrl.indexOf('?');
			String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
			String params = query < 0 ? "" : adminUrl.substring(query);
			return base.substring(0, base.lastIndexOf('/') + 1) + name + params;
		}

		@Override
		public String username() {
			return credentials.getProperty("user");
		}

		@Override
		public String password() {
			return credentials.getProperty("password");
		}

		@Override
		public void close() {
			execute("drop database if exists " + name + " with (force)");
		}

		private void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(adminUrl, credentials)) {
				connection.createStatement().execute(sql);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Test database: '" + sql + "' failed on " + adminUrl, e);
			}
		}
	}

	static final class Container extends TestDatabase {

		private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");

		Container() {
			container.start();
		}

		@Override
		public String jdbcUrl() {
			return container.getJdbcUrl();
		}

		@Override
		public String username() {
			return container.getUsername();
		}

		@Override
		public String password() {
			return container.getPassword();
		}

		@Override
		public void close() {
			container.stop();
		}
	}

	static final class Embedded extends TestDatabase {

		private final EmbeddedPostgres postgres;

		Embedded() {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Test database: embedded PostgreSQL did not start", e);
			}
		}

		@Override
		public String jdbcUrl() {
			return postgres.getJdbcUrl("postgres", "postgres");
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return null;
		}

		@Override
		public void close() {
			try {
				postgres.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
