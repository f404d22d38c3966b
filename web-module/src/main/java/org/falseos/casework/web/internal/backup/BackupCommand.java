package org.falseos.casework.web.internal.backup;

import javax.sql.DataSource;

import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
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
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --falseos.backup=<folder>}: writes a backup of the database and the data folder into a new folder, then
 * stops the app with exit code 0, or 1 and one log line saying why. Runs before every other start-up task, so it
 * backs up the data as the last run left it. See README.md, "Backup and restore".
 */
@Component
@ConditionalOnProperty("falseos.backup")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

	private final DataSource dataSource;

	private final Flyway flyway;

	private final BackupSettings settings;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	BackupCommand(DataSource dataSource, Flyway flyway, BackupSettings settings, Environment environment,
			ConfigurableApplicationContext context) {
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.settings = settings;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		var target = settings.backup().toAbsolutePath().normalize();
		var linkingKey = BackupPreconditions.linkingSecretConfigured(environment) ? LinkingKey.CONFIGURED
				: LinkingKey.FILE;
		int exitCode;
		try {
			log.info("Backup: writing a snapshot of the database and of {} into {}", settings.dataFolder(), target);
			var written = new Backup(dataSource, new AppSchema(flyway.getConfiguration().getTable()))
				.write(target, settings.dataFolder(), linkingKey, BackupConfiguration.appVersion());
			log.info("Backup complete: {} tables ({} rows), {} evidence files, {} bytes in {}; manifest.json SHA-256 {}",
					written.tables(), written.rows(), written.evidenceFiles(), written.bytes(), written.folder(),
					written.manifestSha256());
			if (linkingKey == LinkingKey.CONFIGURED) {
				log.warn("Backup: the linking key is set with falseos.linking.hmac-secret and is not in the backup; "
						+ "keep that secret safe with it, a restore needs the same one");
			}
			exitCode = 0;
		}
		catch (BackupRefused e) {
			log.error("Backup failed: {}", e.getMessage());
			exitCode = e.getExitCode();
		}
		catch (Exception e) {
			log.error("Backup failed: {} (nothing was left in {})", e.getMessage(), target, e);
			exitCode = 1;
		}
		int code = exitCode;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
