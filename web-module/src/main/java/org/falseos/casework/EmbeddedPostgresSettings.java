package org.falseos.casework;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default's database: {@code falseos.embedded-postgres.port} (0, the default, picks a free port at
 * each start).
 */
@ConfigurationProperties("falseos.embedded-postgres")
record EmbeddedPostgresSettings(@DefaultValue("0") int port) {

	EmbeddedPostgresSettings {
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("falseos.embedded-postgres.port must be 0 (any free port) or a TCP port, not "
					+ port);
		}
	}

	/** Where the embedded database keeps its files, WAL included: inside the app's one data folder. */
	static Path databaseFolder(Path dataDir) {
		return dataDir.resolve("postgres").toAbsolutePath().normalize();
	}
}
