package org.falseos.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only at rest: folders rwx------, files without group or other permissions, links left alone. */
class OwnerOnlyTests {

	@TempDir
	Path root;

	@Test
	void aNewFolderAndItsMissingParentsAreOwnerOnlyFromTheStart() throws IOException {
		Path folder = OwnerOnly.folder(root.resolve("data/evidence"));

		assertThat(mode(root.resolve("data"))).isEqualTo("rwx------");
		assertThat(mode(folder)).isEqualTo("rwx------");
	}

	@Test
	void aTreeLeftOpenIsClosedKeepingWhatTheOwnerMayDo() throws IOException {
		Path folder = Files.createDirectories(root.resolve("evidence/sub"));
		Path original = Files.writeString(folder.resolve("original"), "evidence");
		Path notes = Files.writeString(root.resolve("evidence/notes"), "notes");
		set(root.resolve("evidence"), "rwxr-xr-x");
		set(folder, "rwxrwxrwx");
		set(original, "r--r--r--");
		set(notes, "rw-rw-r--");

		OwnerOnly.tree(root.resolve("evidence"));

		assertThat(mode(root.resolve("evidence"))).isEqualTo("rwx------");
		assertThat(mode(folder)).isEqualTo("rwx------");
		assertThat(mode(original)).isEqualTo("r--------");
		assertThat(mode(notes)).isEqualTo("rw-------");
	}

	@Test
	void linksInsideAreNeitherFollowedNorChanged() throws IOException {
		Path outside = Files.writeString(root.resolve("outside"), "not ours to change");
		set(outside, "rw-r--r--");
		Path folder = Files.createDirectories(root.resolve("index"));
		Files.createSymbolicLink(folder.resolve("link"), outside);

		OwnerOnly.tree(folder);

		assertThat(mode(outside)).isEqualTo("rw-r--r--");
	}

	@Test
	void aNewFileIsOwnerOnlyFromItsFirstMoment() throws IOException {
		Path file = root.resolve("hmac.key");

		Files.createFile(file, OwnerOnly.fileAttributes(file));

		assertThat(mode(file)).isEqualTo("rw-------");
	}

	private static void set(Path path, String mode) throws IOException {
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}
}
