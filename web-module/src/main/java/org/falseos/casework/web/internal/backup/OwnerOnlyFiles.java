package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders (0700) and files (0600) only their owner can read: a backup holds every case, every evidence file and
 * the linking key. Created with those permissions from the start, so nothing is readable by others for a moment.
 */
final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnlyFiles() {
	}

	/** Creates the folder and any missing parents, each new one owner-only. */
	static void createFolders(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		Path parent = folder.getParent();
		if (parent != null) {
			createFolders(parent);
		}
		try {
			Files.createDirectory(folder, attributes(folder, FOLDER));
		}
		catch (FileAlreadyExistsException raced) {
			if (!Files.isDirectory(folder)) {
				throw raced;
			}
		}
	}

	/** A new file (it must not exist yet), owner read-write. */
	static FileChannel createFile(Path file) throws IOException {
		return FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
				attributes(file, FILE));
	}

	static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (posix(path)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	/** Makes a rename or a new entry in the folder durable; not every file system allows syncing a folder. */
	static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e) {
			// The files themselves are synced; only the folder entry's durability is left to the file system.
		}
	}

	private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
		return posix(path) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(permissions) }
				: new FileAttribute<?>[0];
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
