package org.falseos.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Folders and files of the embedded default that only the account running the app may read. */
final class OwnerOnly {

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private OwnerOnly() {
	}

	/** Creates the folder (and missing parents) owner-only, and tightens it if it already existed. */
	static Path createDirectories(Path folder) throws IOException {
		if (!posix(folder)) {
			return Files.createDirectories(folder);
		}
		Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
		Files.setPosixFilePermissions(folder, FOLDER);
		return folder;
	}

	/** Attributes that create a file readable by its owner only (none where the file system has no POSIX modes). */
	static FileAttribute<?>[] fileAttributes(Path file) {
		return posix(file.getParent()) ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) }
				: new FileAttribute<?>[0];
	}

	static void tightenFile(Path file) throws IOException {
		if (posix(file)) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	private static boolean posix(Path path) {
		Path existing = path.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
	}
}
