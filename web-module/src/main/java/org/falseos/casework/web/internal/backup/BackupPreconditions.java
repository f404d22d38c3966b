package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * What must hold before the app starts at all, checked as soon as its settings are known (logging is up, no bean
 * exists yet, nothing has touched the data folder). On every start: a folder a restore did not finish is refused.
 * For a backup: the data folder is really the app's, the target new or empty. For a restore: the data folder is
 * new or empty (and an external database empty), the backup matches every SHA-256 of its manifest; then the folder
 * is created and marked as being restored. Either command runs without a web server, so nobody can sign in.
 */
class BackupPreconditions implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	static final String BACKUP = "falseos.backup";

	static final String RESTORE = "falseos.restore";

	private static final Logger log = LoggerFactory.getLogger(BackupPreconditions.class);

	@Override
	public int getOrder() {
		return LoggingApplicationListener.DEFAULT_ORDER + 1;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		Path dataDir = Path.of(environment.getProperty("falseos.data-dir", "./data")).toAbsolutePath().normalize();
		String backup = environment.getProperty(BACKUP);
		String restore = environment.getProperty(RESTORE);
		if (restore == null) {
			RestoreMarker.refuseIfPresent(dataDir);
		}
		if (backup == null && restore == null) {
			return;
		}
		requireOneCommand(environment, backup, restore);
		// No server listens during a command, so no public address either (its default is built on server.port).
		environment.getPropertySources().addFirst(new MapPropertySource("falseosBackupCommand",
				Map.of("server.port", "-1", "management.server.port", "-1", "falseos.public-url", "http://127.0.0.1")));
		try {
			if (backup != null) {
				checkBackup(environment, Path.of(backup).toAbsolutePath().normalize(), dataDir);
			}
			else {
				prepareRestore(environment, Path.of(restore).toAbsolutePath().normalize(), dataDir);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot check the folders for the " + (backup != null ? "backup" : "restore"), e);
		}
	}

	static boolean linkingSecretConfigured(Environment environment) {
		return StringUtils.hasText(environment.getProperty("falseos.linking.hmac-secret"));
	}

	private static void requireOneCommand(ConfigurableEnvironment environment, String backup, String restore) {
		if (backup != null && restore != null) {
			throw new BackupRefused("Give either --falseos.backup or --falseos.restore, not both.");
		}
		if (environment.containsProperty("falseos.generate.cases")) {
			throw new BackupRefused("--falseos.generate.cases cannot run together with a backup or a restore.");
		}
		if ((backup != null && backup.isBlank()) || (restore != null && restore.isBlank())) {
			throw new BackupRefused("--falseos.backup and --falseos.restore need a folder, e.g. "
					+ "--falseos.backup=/media/backups/falseos-2026-12-01.");
		}
	}

	private static void checkBackup(ConfigurableEnvironment environment, Path target, Path dataDir) throws IOException {
		if (target.startsWith(dataDir)) {
			throw new BackupRefused("The backup target " + target + " is inside the data folder " + dataDir
					+ ": put backups elsewhere, ideally on another disk.");
		}
		NewBackupFolder.requireEmptyFolder(target);
		if (!Files.isDirectory(dataDir)) {
			throw new BackupRefused("There is no data folder at " + dataDir + " to back up: name the app's data folder "
					+ "with --falseos.data-dir (or FALSEOS_DATA_DIR).");
		}
		if (embedded(environment) && !Files.isRegularFile(dataDir.resolve("postgres").resolve("PG_VERSION"))) {
			throw new BackupRefused("The data folder " + dataDir + " holds no embedded database (postgres/PG_VERSION): "
					+ "is it the app's data folder? Name it with --falseos.data-dir (or FALSEOS_DATA_DIR).");
		}
		if (!linkingSecretConfigured(environment) && !Files.isRegularFile(dataDir.resolve(Backup.LINKING_KEY))) {
			throw new BackupRefused("The data folder " + dataDir + " holds no linking key (" + Backup.LINKING_KEY
					+ "): is it the app's data folder? Name it with --falseos.data-dir (or FALSEOS_DATA_DIR).");
		}
	}

	private static void prepareRestore(ConfigurableEnvironment environment, Path source, Path dataDir)
			throws IOException {
		if (dataDir.startsWith(source) || source.startsWith(dataDir)) {
			throw new BackupRefused("The data folder " + dataDir + " and the backup " + source
					+ " must not lie inside one another.");
		}
		requireNewDataFolder(dataDir);
		var backup = VerifiedBackup.of(source);
		var manifest = backup.manifest();
		log.info("Restore: every file of the backup in {} matches its SHA-256 ({} files, made by version {} at {}; "
				+ "manifest.json SHA-256 {})", source, manifest.files().size(), manifest.appVersion(),
				manifest.snapshotAt(), Sha256.of(NewBackupFolder.MANIFEST, source.resolve(NewBackupFolder.MANIFEST)).sha256());
		boolean configured = linkingSecretConfigured(environment);
		if (manifest.linkingKey() == LinkingKey.FILE && configured) {
			throw new BackupRefused("The backup holds its own linking key (" + Backup.LINKING_KEY + "), but "
					+ "falseos.linking.hmac-secret is set, which would make every restored linking fingerprint "
					+ "unmatchable. Restore, and run, without that setting.");
		}
		if (manifest.linkingKey() == LinkingKey.CONFIGURED && !configured) {
			throw new BackupRefused("The backup was made with falseos.linking.hmac-secret set, so its linking key is "
					+ "not in the backup: set the same secret (FALSEOS_LINKING_HMAC_SECRET) for the restore and for "
					+ "every start after it.");
		}
		if (!embedded(environment)) {
			ExternalRestoreTarget.requireEmptyAndLoadable(environment);
		}
		OwnerOnlyFiles.createFolders(dataDir);
		OwnerOnlyFiles.setPermissions(dataDir, OwnerOnlyFiles.FOLDER);
		RestoreMarker.create(dataDir, source);
	}

	/** A restore never goes over data: the folder must not exist yet, or be empty. */
	static void requireNewDataFolder(Path dataDir) throws IOException {
		if (!Files.exists(dataDir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		boolean empty;
		try (Stream<Path> entries = Files.list(dataDir)) {
			empty = entries.findAny().isEmpty();
		}
		if (!Files.isDirectory(dataDir, LinkOption.NOFOLLOW_LINKS) || !empty) {
			throw new BackupRefused("The data folder " + dataDir + " is not empty. A restore goes into a new or empty "
					+ "data folder only, never over data: name a new one with --falseos.data-dir (or FALSEOS_DATA_DIR).");
		}
	}

	private static boolean embedded(ConfigurableEnvironment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}
}
