package org.falseos.casework.web.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;
import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifiedBackupTests {

	@TempDir
	Path temp;

	Path backup;

	@BeforeEach
	void writeBackup() throws Exception {
		backup = temp.resolve("backup");
		var folder = NewBackupFolder.create(backup);
		folder.write("database/cases.case_file.copy", out -> out.write("1\tNC-1\n2\tNC-2\n".getBytes(StandardCharsets.UTF_8)));
		folder.write("evidence/8a5c1b0e-4c1d-4b8e-9c3a-1f2e3d4c5b6a", out -> out.write(new byte[] { 1, 2, 3, 4, 5 }));
		folder.finish(new BackupManifest(BackupManifest.FORMAT, "test", "2026-12-01T10:00:00Z", "17", LinkingKey.FILE,
				List.of(), List.of(), List.of(), folder.files()));
	}

	@Test
	void aFinishedBackupVerifiesAndIsReadableByItsOwnerOnly() throws IOException {
		var verified = VerifiedBackup.of(backup);

		assertThat(verified.manifest().files()).extracting(FileEntry::path)
			.containsExactly("database/cases.case_file.copy", "evidence/8a5c1b0e-4c1d-4b8e-9c3a-1f2e3d4c5b6a");
		assertThat(verified.manifest().files().get(1).sha256())
			.isEqualTo("74f81fe167d99b4cb41d6d0ccda82278caee9f3e2f25d5e5a3936ff3dcec60d0");
		assertThat(Files.getPosixFilePermissions(backup)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(Files.getPosixFilePermissions(backup.resolve("evidence")))
			.isEqualTo(PosixFilePermissions.fromString("rwx------"));
		for (String file : List.of("manifest.json", "SHA256SUMS", "database/cases.case_file.copy")) {
			assertThat(Files.getPosixFilePermissions(backup.resolve(file))).as(file)
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		assertThat(Files.readString(backup.resolve("SHA256SUMS")))
			.contains("74f81fe167d99b4cb41d6d0ccda82278caee9f3e2f25d5e5a3936ff3dcec60d0  evidence/8a5c1b0e-4c1d-4b8e-9c3a-1f2e3d4c5b6a\n")
			.endsWith("  manifest.json\n");
	}

	@Test
	void oneChangedByteInAnyFileRefusesTheBackupAndNamesTheFile() throws IOException {
		Backups.flipOneByte(backup.resolve("evidence/8a5c1b0e-4c1d-4b8e-9c3a-1f2e3d4c5b6a"));

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("evidence/8a5c1b0e-4c1d-4b8e-9c3a-1f2e3d4c5b6a does not match manifest.json");
	}

	@Test
	void withoutHashingContentsAChangedSizeIsStillRefusedAndTheContentsAreCheckedWhenRead() throws Exception {
		Path dump = backup.resolve("database/cases.case_file.copy");
		Files.writeString(dump, "1\tNC-1\n");
		assertThatThrownBy(() -> VerifiedBackup.withoutHashingContents(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("database/cases.case_file.copy has 7 bytes");

		writeBackupAgain();
		Backups.flipOneByte(backup.resolve("database/cases.case_file.copy"));
		var verified = VerifiedBackup.withoutHashingContents(backup);
		var recorded = verified.entry("database/cases.case_file.copy");
		var asRead = Sha256.of(recorded.path(), verified.file(recorded));
		assertThatThrownBy(() -> verified.requireMatch(recorded, asRead)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("database/cases.case_file.copy does not match manifest.json");
	}

	@Test
	void aChangedManifestIsRefused() throws IOException {
		Path manifest = backup.resolve("manifest.json");
		Files.writeString(manifest, Files.readString(manifest).replace("\"test\"", "\"other\""));

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("manifest.json does not match its SHA-256 in SHA256SUMS");
	}

	@Test
	void aMissingFileIsRefusedByName() throws IOException {
		Files.delete(backup.resolve("database/cases.case_file.copy"));

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("database/cases.case_file.copy is missing");
	}

	@Test
	void aFileTheManifestDoesNotListIsRefusedByName() throws IOException {
		Files.write(backup.resolve("evidence/0f0e0d0c-0b0a-4909-8807-060504030201"), new byte[] { 9 });

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("evidence/0f0e0d0c-0b0a-4909-8807-060504030201 is in the backup folder but not in its manifest");
	}

	@Test
	void aManifestThatPointsOutsideTheBackupIsRefusedEvenWhenItsHashesAgree() throws IOException {
		Files.writeString(temp.resolve("outside"), "not part of the backup");
		Backups.reseal(backup, manifest -> new BackupManifest(manifest.format(), manifest.appVersion(),
				manifest.snapshotAt(), manifest.postgresVersion(), manifest.linkingKey(), manifest.flyway(),
				manifest.tables(), manifest.sequences(), List.of(manifest.files().get(0), manifest.files().get(1),
						new FileEntry("database/../../outside", 22, "0".repeat(64)))));

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("a file outside the backup: database/../../outside");
	}

	@Test
	void aBackupThatNeverFinishedHasNoManifestAndIsRefused() throws IOException {
		Files.delete(backup.resolve("manifest.json"));

		assertThatThrownBy(() -> VerifiedBackup.of(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("is not a finished FalseOS Casework backup: it has no manifest.json");
	}

	@Test
	void aNewBackupGoesIntoANewOrEmptyFolderOnlyAndADiscardedOneLeavesNothing() throws Exception {
		assertThatThrownBy(() -> NewBackupFolder.create(backup)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("is not empty");

		Path empty = Files.createDirectory(temp.resolve("empty"));
		var folder = NewBackupFolder.create(empty);
		folder.write("database/web.account.copy", out -> out.write(1));
		folder.discard();
		assertThat(empty).isEmptyDirectory();
	}

	private void writeBackupAgain() throws Exception {
		try (var tree = Files.walk(temp)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(temp)) {
					Files.delete(path);
				}
			}
		}
		writeBackup();
	}
}
