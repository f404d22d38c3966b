package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A file in the data folder for as long as a restore into it runs. Written before the app touches the folder and
 * removed only when the restore has finished, it keeps a half-restored folder from ever looking valid: no start,
 * backup or restore runs on a folder that has it.
 */
final class RestoreMarker {

	static final String FILE_NAME = "RESTORE-IN-PROGRESS";

	private RestoreMarker() {
	}

	static void create(Path dataDir, Path backup) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		String text = "A restore of the backup in " + backup + " into this folder started at " + Instant.now()
				+ " and has not finished.\nIf no restore is running, it failed: delete this whole folder and restore "
				+ "again. FalseOS Casework does not start on a folder with this file.\n";
		try (var channel = OwnerOnlyFiles.createFile(file)) {
			channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
			channel.force(true);
		}
		OwnerOnlyFiles.syncFolder(dataDir);
	}

	static boolean present(Path dataDir) {
		return Files.exists(dataDir.resolve(FILE_NAME));
	}

	static void refuseIfPresent(Path dataDir) {
		if (present(dataDir)) {
			throw new BackupRefused("A restore into the data folder " + dataDir + " started but did not finish ("
					+ dataDir.resolve(FILE_NAME) + "), so its data may be incomplete. Delete the folder and run the "
					+ "restore again; the app does not start on it.");
		}
	}

	static void remove(Path dataDir) throws IOException {
		Files.delete(dataDir.resolve(FILE_NAME));
		OwnerOnlyFiles.syncFolder(dataDir);
	}
}
