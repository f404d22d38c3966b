package org.falseos.casework.web.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.falseos.casework.web.internal.backup.BackupManifest.LinkingKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The checks made before the app starts, on settings as the command line gives them. */
class BackupPreconditionsTests {

	@TempDir
	Path temp;

	@Test
	void aRestoreIntoAFolderThatHoldsAnythingIsRefusedAndNothingIsTouched() throws Exception {
		Path backup = backup(LinkingKey.FILE);
		Path data = Files.createDirectories(temp.resolve("data"));
		Files.writeString(data.resolve("notes.txt"), "someone's data");

		assertThatThrownBy(() -> start(Map.of("falseos.restore", backup.toString(), "falseos.data-dir", data.toString())))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("The data folder " + data + " is not empty");
		assertThat(data.resolve(RestoreMarker.FILE_NAME)).doesNotExist();
	}

	@Test
	void aRestoreOfADamagedBackupIsRefusedBeforeTheDataFolderIsCreated() throws Exception {
		Path backup = backup(LinkingKey.FILE);
		Backups.flipOneByte(backup.resolve("database/web.account.copy"));
		Path data = temp.resolve("data");

		assertThatThrownBy(() -> start(Map.of("falseos.restore", backup.toString(), "falseos.data-dir", data.toString())))
			.isInstanceOf(BackupRefused.class)
			.hasMessageContaining("database/web.account.copy does not match manifest.json");
		assertThat(data).doesNotExist();
	}

	@Test
	void aRestoreCreatesTheDataFolderOwnerOnlyMarksItAndRunsWithoutAWebServer() throws Exception {
		Path backup = backup(LinkingKey.FILE);
		Path data = temp.resolve("new/data");

		var environment = start(Map.of("falseos.restore", backup.toString(), "falseos.data-dir", data.toString()));

		assertThat(data.resolve(RestoreMarker.FILE_NAME)).content().contains(backup.toString());
		assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		assertThat(environment.getProperty("server.port")).isEqualTo("-1");
	}

	@Test
	void noStartRunsOnAFolderARestoreDidNotFinish() throws Exception {
		Path data = Files.createDirectories(temp.resolve("data"));
		RestoreMarker.create(data, temp.resolve("backup"));

		assertThatThrownBy(() -> start(Map.of("falseos.data-dir", data.toString()))).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("A restore into the data folder " + data + " started but did not finish");
		assertThatThrownBy(() -> start(Map.of("falseos.data-dir", data.toString(), "falseos.backup",
				temp.resolve("b").toString()))).isInstanceOf(BackupRefused.class).hasMessageContaining("did not finish");
	}

	@Test
	void aStartWithoutACommandLeavesTheWebServerAlone() throws Exception {
		var environment = start(Map.of("falseos.data-dir", temp.resolve("data").toString(), "server.port", "8080"));

		assertThat(environment.getProperty("server.port")).isEqualTo("8080");
	}

	@Test
	void aBackupNeedsTheAppsDataFolderAndANewTargetOutsideIt() throws Exception {
		Path data = Files.createDirectories(temp.resolve("data"));
		Map<String, String> settings = new HashMap<>(Map.of("falseos.data-dir", data.toString()));

		settings.put("falseos.backup", data.resolve("backups/today").toString());
		assertThatThrownBy(() -> start(settings)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("is inside the data folder");

		settings.put("falseos.backup", temp.resolve("backup").toString());
		assertThatThrownBy(() -> start(settings)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("holds no embedded database (postgres/PG_VERSION)");

		Files.createDirectories(data.resolve("postgres"));
		Files.writeString(data.resolve("postgres/PG_VERSION"), "17\n");
		assertThatThrownBy(() -> start(settings)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("holds no linking key (linking/hmac.key)");

		Files.createDirectories(data.resolve("linking"));
		Files.writeString(data.resolve("linking/hmac.key"), "key\n");
		Files.createDirectories(temp.resolve("backup"));
		Files.writeString(temp.resolve("backup/old.copy"), "an older backup");
		assertThatThrownBy(() -> start(settings)).isInstanceOf(BackupRefused.class)
			.hasMessageContaining("The backup target " + temp.resolve("backup") + " is not empty");

		settings.put("falseos.backup", temp.resolve("new-backup").toString());
		assertThat(start(settings).getProperty("server.port")).isEqualTo("-1");
	}

	@Test
	void aLinkingKeyThatWouldNotMatchTheRestoredFingerprintsIsRefused() throws Exception {
		Path withFile = backup(LinkingKey.FILE);
		assertThatThrownBy(() -> start(Map.of("falseos.restore", withFile.toString(), "falseos.data-dir",
				temp.resolve("one").toString(), "falseos.linking.hmac-secret", "x".repeat(40))))
			.isInstanceOf(BackupRefused.class).hasMessageContaining("Restore, and run, without that setting");

		Path configured = backup(LinkingKey.CONFIGURED);
		assertThatThrownBy(() -> start(Map.of("falseos.restore", configured.toString(), "falseos.data-dir",
				temp.resolve("two").toString())))
			.isInstanceOf(BackupRefused.class).hasMessageContaining("set the same secret");
	}

	@Test
	void backupAndRestoreAtOnceAreRefused() {
		assertThatThrownBy(() -> start(Map.of("falseos.backup", temp.resolve("b").toString(), "falseos.restore",
				temp.resolve("r").toString(), "falseos.data-dir", temp.resolve("data").toString())))
			.isInstanceOf(BackupRefused.class).hasMessageContaining("not both");
	}

	private StandardEnvironment start(Map<String, String> settings) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("commandLineArgs", new HashMap<>(settings)));
		new BackupPreconditions().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
		return environment;
	}

	private Path backup(LinkingKey linkingKey) throws Exception {
		Path root = temp.resolve("backup-" + linkingKey);
		var folder = NewBackupFolder.create(root);
		folder.write("database/web.account.copy", out -> out.write("caseworker\tCasey\n".getBytes()));
		folder.finish(new BackupManifest(BackupManifest.FORMAT, "test", "2026-12-01T10:00:00Z", "17", linkingKey,
				List.of(), List.of(), List.of(), folder.files()));
		return root;
	}
}
