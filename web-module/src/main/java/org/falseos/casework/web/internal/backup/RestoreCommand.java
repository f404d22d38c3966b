package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --falseos.restore=<folder>}: restores a backup into the new data folder {@link BackupPreconditions}
 * checked and marked before the app started, then stops with exit code 0, or 1 and one log line saying why. Only
 * once everything is in place (database committed, files copied, the search index from the fresh start removed so
 * the next start rebuilds it from the restored database) is the marker removed. See README.md.
 */
@Component
@ConditionalOnProperty("falseos.restore")
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestoreCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RestoreCommand.class);

	private final DataSource dataSource;

	private final Flyway flyway;

	private final BackupSettings settings;

	private final ConfigurableApplicationContext context;

	RestoreCommand(DataSource dataSource, Flyway flyway, BackupSettings settings,
			ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.settings = settings;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Path source = settings.restore().toAbsolutePath().normalize();
		Path dataDir = settings.dataFolder();
		Restore.Restored restored;
		try {
			log.info("Restore: restoring the backup in {} into {}", source, dataDir);
			restored = new Restore(dataSource, new AppSchema(flyway.getConfiguration().getTable())).restore(source,
					dataDir);
		}
		catch (Exception e) {
			String reason = e instanceof BackupRefused ? e.getMessage() : e.toString();
			log.error("Restore failed: {} The data folder {} is marked incomplete ({}): delete it before trying again.",
					reason, dataDir, RestoreMarker.FILE_NAME, e instanceof BackupRefused ? null : e);
			System.exit(SpringApplication.exit(context, () -> 1));
			return;
		}
		// The database stops with the app; only then can the index it held open be removed and the marker go.
		int code = SpringApplication.exit(context, () -> 0);
		try {
			deleteRecursively(dataDir.resolve("index"));
			RestoreMarker.remove(dataDir);
		}
		catch (IOException e) {
			log.error("Restore failed at the very end: {}. The data folder {} stays marked incomplete ({}): delete it "
					+ "and restore again.", e, dataDir, RestoreMarker.FILE_NAME);
			System.exit(1);
		}
		log.info("Restore complete: {} tables ({} rows) and {} evidence files of the backup made by version {} at {} "
				+ "are in {}. Start the app on that folder; the search index is rebuilt at its first start.",
				restored.tables(), restored.rows(), restored.evidenceFiles(), restored.appVersion(),
				restored.snapshotAt(), dataDir);
		System.exit(code);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
