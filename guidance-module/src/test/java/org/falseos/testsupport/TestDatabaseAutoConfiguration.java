package org.falseos.testsupport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * The one place tests get their database from: always a real PostgreSQL, never H2. In order of preference:
 * a fresh database on the server named by {@code FALSEOS_TEST_DATABASE_URL}, a Testcontainers PostgreSQL when a
 * Docker engine answers, otherwise an embedded PostgreSQL. The choice is logged by {@link TestDatabase}.
 * Registered as auto-configuration of the test classpath so every module's tests share it without ceremony.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		beforeName = "org.falseos.casework.EmbeddedPostgresAutoConfiguration")
public class TestDatabaseAutoConfiguration {

	// Spring closes this after the connection pool, which keeps test JVMs from hanging at exit.
	@Bean(destroyMethod = "close")
	TestDatabase testDatabase() {
		return TestDatabase.choose();
	}

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails(TestDatabase database) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}
		};
	}

}
