package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;
import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;

/**
 * Restores a backup into the database a fresh start has just migrated and into a new data folder: checks that
 * the backup comes from this schema, loads every table, checks every held evidence file against the SHA-256 the
 * loaded database records, copies the files (hashing them again as they are read), and only then commits.
 */
final class Restore {

	/** What was restored. */
	record Restored(int tables, long rows, int evidenceFiles, String snapshotAt, String appVersion) {
	}

	private final DataSource dataSource;

	private final AppSchema schema;

	Restore(DataSource dataSource, AppSchema schema) {
		this.dataSource = dataSource;
		this.schema = schema;
	}

	Restored restore(Path backupFolder, Path dataDir) throws IOException, SQLException {
		var backup = VerifiedBackup.withoutHashingContents(backupFolder);
		var manifest = backup.manifest();
		try (var load = DatabaseLoad.begin(dataSource, schema)) {
			load.requireSameSchema(manifest);
			load.load(backup);
			var evidence = evidenceFiles(backup, load.heldEvidence());
			for (var each : evidence.entrySet()) {
				place(backup, each.getValue(), EvidenceFiles.original(dataDir, each.getKey().id()), true);
			}
			if (manifest.linkingKey() == LinkingKey.FILE) {
				place(backup, backup.entry(Backup.LINKING_KEY), dataDir.resolve(Backup.LINKING_KEY), false);
			}
			load.commit();
			return new Restored(manifest.tables().size(),
					manifest.tables().stream().mapToLong(BackupManifest.TableDump::rows).sum(), evidence.size(),
					manifest.snapshotAt(), manifest.appVersion());
		}
	}

	/** Pairs each held evidence of the loaded rows with its file in the backup; any difference refuses. */
	private static Map<EvidenceFiles.Held, FileEntry> evidenceFiles(VerifiedBackup backup, List<EvidenceFiles.Held> held) {
		Map<String, FileEntry> files = new HashMap<>();
		for (FileEntry file : backup.manifest().files()) {
			if (file.path().startsWith(EvidenceFiles.FOLDER + "/")) {
				files.put(file.path(), file);
			}
		}
		Map<EvidenceFiles.Held, FileEntry> paired = new HashMap<>();
		for (var each : held) {
			FileEntry file = files.remove(each.backupPath());
			if (file == null) {
				throw new BackupRefused("The backup's database holds evidence " + each.id() + " but the backup has no "
						+ each.backupPath() + ". Nothing was restored.");
			}
			if (file.size() != each.size() || !file.sha256().equals(each.sha256())) {
				throw new BackupRefused("The backup's " + each.backupPath() + " does not match the SHA-256 its database "
						+ "records for that evidence (" + each.sha256() + ", file " + file.sha256() + "). Nothing was "
						+ "restored.");
			}
			paired.put(each, file);
		}
		if (!files.isEmpty()) {
			throw new BackupRefused("The backup has " + files.keySet().iterator().next() + ", which its database does "
					+ "not hold as present evidence. Nothing was restored.");
		}
		return paired;
	}

	/**
	 * Copies a file of the backup into the data folder through a temporary name, checking its SHA-256 on the way;
	 * owner-only, and read-only for evidence originals, as the evidence locker keeps them.
	 */
	private static void place(VerifiedBackup backup, FileEntry recorded, Path target, boolean readOnly)
			throws IOException {
		OwnerOnlyFiles.createFolders(target.getParent());
		Path temporary = target.resolveSibling(".restore-" + target.getFileName() + ".part");
		try {
			MessageDigest digest = Sha256.digest();
			long size;
			try (FileChannel channel = OwnerOnlyFiles.createFile(temporary);
					InputStream in = new DigestInputStream(Files.newInputStream(backup.file(recorded)), digest)) {
				size = in.transferTo(Channels.newOutputStream(channel));
				channel.force(true);
			}
			backup.requireMatch(recorded, new FileEntry(recorded.path(), size, Sha256.hex(digest)));
			if (readOnly) {
				OwnerOnlyFiles.setPermissions(temporary, PosixFilePermissions.fromString("r--------"));
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			OwnerOnlyFiles.syncFolder(target.getParent());
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}
}
