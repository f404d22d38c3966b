package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;

/** Test helpers that change a backup on disk, as damage or a careless hand would. */
final class Backups {

	private Backups() {
	}

	/** Flips one bit of one byte: same size, different SHA-256. */
	static void flipOneByte(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 1;
		Files.write(file, bytes);
	}

	static BackupManifest manifest(Path backup) throws IOException {
		return BackupManifest.JSON.readValue(Files.readAllBytes(backup.resolve(NewBackupFolder.MANIFEST)),
				BackupManifest.class);
	}

	/**
	 * Rewrites the manifest and both hash lists so that they agree with each other and with the files as they now
	 * are: what someone who changed a backup on purpose would do, so only the checks beyond the hashes remain.
	 */
	static void reseal(Path backup, UnaryOperator<BackupManifest> change) throws IOException {
		BackupManifest manifest = manifest(backup);
		List<FileEntry> files = manifest.files().stream().map(file -> {
			try {
				return Sha256.of(file.path(), backup.resolve(file.path()));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).toList();
		var rehashed = change.apply(new BackupManifest(manifest.format(), manifest.appVersion(), manifest.snapshotAt(),
				manifest.postgresVersion(), manifest.linkingKey(), manifest.flyway(), manifest.tables(),
				manifest.sequences(), files));
		Files.write(backup.resolve(NewBackupFolder.MANIFEST), BackupManifest.JSON.writeValueAsBytes(rehashed));
		String sums = rehashed.files().stream().map(file -> file.sha256() + "  " + file.path() + "\n")
			.collect(Collectors.joining())
				+ Sha256.of(NewBackupFolder.MANIFEST, backup.resolve(NewBackupFolder.MANIFEST)).sha256() + "  "
				+ NewBackupFolder.MANIFEST + "\n";
		Files.writeString(backup.resolve(NewBackupFolder.CHECKSUMS), sums, StandardCharsets.UTF_8);
	}
}
