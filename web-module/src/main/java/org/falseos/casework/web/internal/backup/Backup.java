package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;
import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup: the database snapshot, then the evidence originals that snapshot says are held (each checked
 * against the SHA-256 the database records), then the linking key, then the manifest. Any failure removes what
 * was written.
 */
final class Backup {

	static final String LINKING_KEY = "linking/hmac.key";

	private static final Logger log = LoggerFactory.getLogger(Backup.class);

	// What else a data folder holds, and why a backup leaves it out.
	private static final Map<String, String> LEFT_OUT = Map.of("postgres", "dumped over JDBC instead", "index",
			"derived: rebuilt from the database after a restore", "uploads-in-progress", "uploads not yet received",
			"falseos.lock", "held only while an app runs", "postgres.password",
			"the restored database gets a new one");

	/** What a backup wrote; {@code manifestSha256} identifies it (keep it apart from the backup to spot changes). */
	record Written(Path folder, int tables, long rows, int evidenceFiles, long bytes, String manifestSha256) {
	}

	private final DatabaseDump dump;

	Backup(DataSource dataSource, AppSchema schema) {
		this.dump = new DatabaseDump(dataSource, schema);
	}

	Written write(Path target, Path dataDir, LinkingKey linkingKey, String appVersion) throws IOException, SQLException {
		NewBackupFolder folder = NewBackupFolder.create(target);
		try {
			var snapshot = dump.writeTo(folder);
			for (var held : snapshot.evidence()) {
				copyEvidence(folder, dataDir, held);
			}
			if (linkingKey == LinkingKey.FILE) {
				Path key = dataDir.resolve(LINKING_KEY);
				if (!Files.isRegularFile(key)) {
					throw new BackupRefused("The linking key " + key + " is missing; without it no linking "
							+ "fingerprint in the database can be matched again.");
				}
				folder.copy(LINKING_KEY, key);
			}
			var manifest = new BackupManifest(BackupManifest.FORMAT, appVersion, snapshot.at().toInstant().toString(),
					snapshot.postgresVersion(), linkingKey, snapshot.flyway(), snapshot.tables(), snapshot.sequences(),
					folder.files());
			folder.finish(manifest);
			logLeftOut(dataDir);
			var manifestEntry = Sha256.of(NewBackupFolder.MANIFEST, folder.root().resolve(NewBackupFolder.MANIFEST));
			return new Written(folder.root(), snapshot.tables().size(),
					snapshot.tables().stream().mapToLong(BackupManifest.TableDump::rows).sum(), snapshot.evidence().size(),
					folder.files().stream().mapToLong(FileEntry::size).sum(), manifestEntry.sha256());
		}
		catch (IOException | SQLException | RuntimeException e) {
			folder.discard();
			throw e;
		}
	}

	private static void copyEvidence(NewBackupFolder folder, Path dataDir, EvidenceFiles.Held held) throws IOException {
		Path original = EvidenceFiles.original(dataDir, held.id());
		if (!Files.isRegularFile(original)) {
			throw new BackupRefused("The original of evidence " + held.id() + " is missing from " + original.getParent()
					+ " although the database holds it as present (deleted while the backup ran? then run the backup "
					+ "again; otherwise run the evidence's integrity check in the app).");
		}
		FileEntry copied = folder.copy(held.backupPath(), original);
		if (copied.size() != held.size() || !copied.sha256().equals(held.sha256())) {
			throw new BackupRefused("The original of evidence " + held.id() + " (" + original + ") no longer matches "
					+ "the SHA-256 the database recorded at upload (" + held.sha256() + ", now " + copied.sha256()
					+ "). The backup refuses to carry a damaged original: run the evidence's integrity check in the "
					+ "app and ask a supervisor to deal with it, then back up again.");
		}
	}

	private static void logLeftOut(Path dataDir) throws IOException {
		if (!Files.isDirectory(dataDir)) {
			return;
		}
		try (Stream<Path> entries = Files.list(dataDir)) {
			for (Path entry : entries.sorted().toList()) {
				String name = entry.getFileName().toString();
				if (!name.equals(EvidenceFiles.FOLDER) && !name.equals("linking")) {
					log.info("Backup: left out {} ({})", entry, LEFT_OUT.getOrDefault(name, "not part of the app's data"));
				}
			}
		}
	}
}
