package org.falseos.casework.web.internal.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code --falseos.backup=<folder>} and {@code --falseos.restore=<folder>}, and the data folder they work on
 * ({@code falseos.data-dir}). See README.md, "Backup and restore".
 */
@ConfigurationProperties("falseos")
record BackupSettings(@DefaultValue("./data") Path dataDir, Path backup, Path restore) {

	Path dataFolder() {
		return dataDir.toAbsolutePath().normalize();
	}
}
