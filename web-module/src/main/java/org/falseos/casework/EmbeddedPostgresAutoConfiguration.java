package org.falseos.casework;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The embedded default: with no {@code spring.datasource.url}, the app runs a real PostgreSQL from Maven Central
 * binaries with its data under {@code ${falseos.data-dir}/postgres}, kept across restarts. For a small charity this
 * is production, so it is run as durably as any server (see {@link EmbeddedPostgresServer}). The database is a bean
 * that depends on the data-folder lock, and the connection pool depends on it: Spring closes the pool first, then
 * the database, then releases the lock.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresSettings.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	DataFolderLock dataFolderLock(@Value("${falseos.data-dir:./data}") Path dataDir) throws IOException {
		Path folder = dataDir.toAbsolutePath().normalize();
		DataFolderLock lock = DataFolderLock.acquire(folder);
		log.info("Data folder: {} (database, evidence, search index and keys; back it up as one)", folder);
		return lock;
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgres(DataFolderLock lock, @Value("${falseos.data-dir:./data}") Path dataDir,
			EmbeddedPostgresSettings settings) throws IOException {
		return EmbeddedPostgresServer.start(dataDir.toAbsolutePath().normalize(), settings.port());
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer postgres) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return EmbeddedPostgresServer.SUPERUSER;
			}

			@Override
			public String getPassword() {
				return postgres.password();
			}

			@Override
			public String getJdbcUrl() {
				return postgres.jdbcUrl();
			}
		};
	}
}
