package org.falseos.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data folder at rest, readable by the app's own user only (POSIX): folders {@code rwx------}, files without
 * any group or other permission. Shared by every module that keeps files under {@code falseos.data-dir}; it sits
 * in the root package, outside any application module, like a library. On a file system without POSIX
 * permissions folders are created plainly and nothing is tightened.
 */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private OwnerOnly() {
	}

	/** Attributes that create a file {@code rw-------} from its first moment (for {@code Files.createFile}). */
	public static FileAttribute<?>[] fileAttributes(Path file) {
		return posix(file) ? new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

	/**
	 * The folder, created {@code rwx------} together with any missing parent (never readable by others for a
	 * moment), or, when it exists already, set to {@code rwx------}. Its contents are left as they are.
	 */
	public static Path folder(Path folder) {
		try {
			if (!posix(folder)) {
				return Files.createDirectories(folder);
			}
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
			// An existing folder (an earlier version, or made by hand) keeps its mode unless it is set.
			if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
				Files.setPosixFilePermissions(folder, FOLDER);
			}
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create " + folder + " readable by its owner only", e);
		}
	}

	/**
	 * {@link #folder(Path) The folder}, and everything in it tightened: sub-folders {@code rwx------}, files without
	 * group and other permissions (their owner permissions stay, so a read-only file stays read-only). For files
	 * left by earlier versions and for libraries that create files with the process umask and cannot be told
	 * otherwise. Symbolic links inside are neither followed nor changed; entries that vanish meanwhile are skipped.
	 */
	public static Path tree(Path folder) {
		folder(folder);
		if (!posix(folder)) {
			return folder;
		}
		try {
			Files.walkFileTree(folder.toRealPath(), new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
					tightenQuietlyIfGone(dir);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					if (attributes.isRegularFile() || attributes.isDirectory()) {
						tightenQuietlyIfGone(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
					if (e instanceof NoSuchFileException) {
						return FileVisitResult.CONTINUE;
					}
					throw e;
				}
			});
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot make everything in " + folder + " readable by its owner only", e);
		}
	}

	/** Removes group and other permissions from one file (or sets a folder {@code rwx------}); links are not followed. */
	public static void tighten(Path path) throws IOException {
		if (!posix(path) || Files.isSymbolicLink(path)) {
			return;
		}
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			if (!Files.getPosixFilePermissions(path).equals(FOLDER)) {
				Files.setPosixFilePermissions(path, FOLDER);
			}
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
		if (permissions.removeAll(GROUP_AND_OTHERS)) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static void tightenQuietlyIfGone(Path path) throws IOException {
		try {
			tighten(path);
		}
		catch (NoSuchFileException gone) {
			// Deleted while we walked (a Lucene merge, a finished upload): nothing left to protect.
		}
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
