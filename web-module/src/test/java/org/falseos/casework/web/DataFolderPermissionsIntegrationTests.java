package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.CaseworkApplication;
import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.NewCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The whole data folder is owner-only once the app has run on it, even when an earlier version (or a person) left
 * it and its contents readable by everyone: the folder, the index, the evidence, the linking key and the uploads
 * in progress. The app runs in a context of its own, stopped before the walk: Lucene narrows each new file right
 * after creating it, so a walk during a background merge could meet one in that instant (harmless: nobody else
 * can enter an owner-only folder, but not what this test is about).
 */
class DataFolderPermissionsIntegrationTests {

	static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	static final Actor CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Test
	void nothingInTheDataFolderIsOpenToGroupOrOthers() throws IOException {
		Path dataDir = worldReadableDataFolder();
		EvidenceRecord record;
		try (var app = new SpringApplicationBuilder(CaseworkApplication.class)
			.run("--falseos.data-dir=" + dataDir, "--server.port=0")) {
			var id = app.getBean(Cases.class).open(CASEWORKER, NewCase.of("PERM-1", "scotland", "Threats by DM"));
			record = app.getBean(EvidenceLocker.class).add(CASEWORKER, id, "dm.png",
					new CaptureMetadata(Instant.parse("2026-01-05T10:00:00Z"), null, null, null,
							CaptureMethod.SCREENSHOT), new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
		}

		var everything = permissionsOfEverythingIn(dataDir);
		// Not vacuous: the walk sees what the app wrote, new and old.
		assertThat(everything).containsKeys(dataDir.resolve("evidence").resolve(record.id().toString()),
				dataDir.resolve("evidence/left-by-an-earlier-version"), dataDir.resolve("linking/hmac.key"),
				dataDir.resolve("uploads-in-progress/upload_left-over.tmp"));
		assertThat(everything.keySet()).anySatisfy(path -> assertThat(path.toString()).contains("/index/cases-v"))
			.anySatisfy(path -> assertThat(path.toString()).endsWith("write.lock"))
			.anySatisfy(path -> assertThat(path.getFileName().toString()).startsWith("segments_"));
		everything.forEach((path, permissions) -> {
			String shown = dataDir.relativize(path) + " " + PosixFilePermissions.toString(permissions);
			assertThat(permissions).as(shown).doesNotContainAnyElementsOf(GROUP_AND_OTHERS);
			if (Files.isDirectory(path)) {
				assertThat(PosixFilePermissions.toString(permissions)).as(shown).isEqualTo("rwx------");
			}
		});
	}

	private static Map<Path, Set<PosixFilePermission>> permissionsOfEverythingIn(Path folder) throws IOException {
		Map<Path, Set<PosixFilePermission>> found = new LinkedHashMap<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				return visitFile(dir, attributes);
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				found.put(file, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
				return FileVisitResult.CONTINUE;
			}
		});
		return found;
	}

	// As an older version (umask 022) left it: every folder rwxr-xr-x, every file rw-r--r--.
	private static Path worldReadableDataFolder() {
		try {
			Path root = Files.createTempDirectory("falseos-permissions-");
			var folder = PosixFilePermissions.fromString("rwxr-xr-x");
			var file = PosixFilePermissions.fromString("rw-r--r--");
			Files.setPosixFilePermissions(root, folder);
			for (String sub : List.of("evidence", "index", "linking", "uploads-in-progress")) {
				Files.setPosixFilePermissions(Files.createDirectory(root.resolve(sub)), folder);
			}
			byte[] key = new byte[48];
			new SecureRandom().nextBytes(key);
			Files.writeString(root.resolve("linking/hmac.key"), Base64.getEncoder().encodeToString(key) + "\n");
			Files.write(root.resolve("evidence/left-by-an-earlier-version"), new byte[] { 4, 5, 6 });
			Files.write(root.resolve("uploads-in-progress/upload_left-over.tmp"), new byte[] { 7 });
			for (String name : List.of("linking/hmac.key", "evidence/left-by-an-earlier-version",
					"uploads-in-progress/upload_left-over.tmp")) {
				Files.setPosixFilePermissions(root.resolve(name), file);
			}
			return root;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
