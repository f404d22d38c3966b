package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;
import tools.jackson.core.JacksonException;

/**
 * A backup folder checked against its own records before anything of it is used: {@code SHA256SUMS} vouches for
 * {@code manifest.json}, the manifest for every other file (size and SHA-256), and no file is in the folder that
 * neither lists. Any difference refuses the backup and names the file.
 */
final class VerifiedBackup {

	private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

	private final Path root;

	private final BackupManifest manifest;

	private VerifiedBackup(Path root, BackupManifest manifest) {
		this.root = root;
		this.manifest = manifest;
	}

	/** Checks the manifest, the lists and every file's size and SHA-256. */
	static VerifiedBackup of(Path folder) throws IOException {
		return check(folder, true);
	}

	/**
	 * Checks the manifest, the lists and every file's size, but leaves the contents to be hashed while they are
	 * read for the restore (each file is then used only once it matches), so that large evidence is not read twice.
	 */
	static VerifiedBackup withoutHashingContents(Path folder) throws IOException {
		return check(folder, false);
	}

	Path root() {
		return root;
	}

	BackupManifest manifest() {
		return manifest;
	}

	/** A file the manifest lists, and what it should hash to. */
	Path file(FileEntry entry) {
		return root.resolve(entry.path());
	}

	FileEntry entry(String path) {
		return manifest.files().stream().filter(file -> file.path().equals(path)).findFirst()
			.orElseThrow(() -> new BackupRefused("The backup in " + root + " has no " + path + " in its manifest."));
	}

	/** Refuses the backup when {@code actual} (hashed while it was read) is not what the manifest recorded. */
	void requireMatch(FileEntry recorded, FileEntry actual) {
		if (recorded.size() != actual.size() || !recorded.sha256().equals(actual.sha256())) {
			throw damaged(root, recorded.path() + " does not match manifest.json (recorded " + recorded.size()
					+ " bytes, SHA-256 " + recorded.sha256() + "; found " + actual.size() + " bytes, SHA-256 "
					+ actual.sha256() + ")");
		}
	}

	private static VerifiedBackup check(Path folder, boolean hashContents) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.isDirectory(root)) {
			throw new BackupRefused("There is no backup folder at " + root + ".");
		}
		Path manifestFile = root.resolve(NewBackupFolder.MANIFEST);
		Path sumsFile = root.resolve(NewBackupFolder.CHECKSUMS);
		for (Path required : List.of(manifestFile, sumsFile)) {
			if (!Files.isRegularFile(required, LinkOption.NOFOLLOW_LINKS)) {
				throw new BackupRefused(root + " is not a finished FalseOS Casework backup: it has no "
						+ required.getFileName() + " (a backup writes it last, so an interrupted one has none).");
			}
		}
		Map<String, String> sums = readSums(root, sumsFile);
		var manifestHash = Sha256.of(NewBackupFolder.MANIFEST, manifestFile).sha256();
		if (!manifestHash.equals(sums.get(NewBackupFolder.MANIFEST))) {
			throw damaged(root, "manifest.json does not match its SHA-256 in SHA256SUMS");
		}
		BackupManifest manifest = readManifest(root, manifestFile);
		Set<String> listed = new HashSet<>();
		for (FileEntry entry : manifest.files()) {
			requireSafePath(root, entry.path());
			if (!listed.add(entry.path())) {
				throw damaged(root, "manifest.json lists " + entry.path() + " twice");
			}
			if (!entry.sha256().equals(sums.get(entry.path()))) {
				throw damaged(root, "SHA256SUMS and manifest.json disagree about " + entry.path());
			}
			Path file = root.resolve(entry.path());
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw damaged(root, entry.path() + " is missing");
			}
			if (hashContents) {
				new VerifiedBackup(root, manifest).requireMatch(entry, Sha256.of(entry.path(), file));
			}
			else if (Files.size(file) != entry.size()) {
				throw damaged(root, entry.path() + " has " + Files.size(file) + " bytes, not the " + entry.size()
						+ " manifest.json records");
			}
		}
		for (String summed : sums.keySet()) {
			if (!summed.equals(NewBackupFolder.MANIFEST) && !listed.contains(summed)) {
				throw damaged(root, "SHA256SUMS lists " + summed + ", which manifest.json does not");
			}
		}
		requireNothingUnlisted(root, listed);
		return new VerifiedBackup(root, manifest);
	}

	private static Map<String, String> readSums(Path root, Path sumsFile) throws IOException {
		Map<String, String> sums = new HashMap<>();
		int number = 0;
		for (String line : Files.readAllLines(sumsFile, StandardCharsets.UTF_8)) {
			number++;
			var match = SUM_LINE.matcher(line);
			if (!match.matches() || sums.put(match.group(2), match.group(1)) != null) {
				throw damaged(root, "line " + number + " of SHA256SUMS is not a SHA-256 line of a file listed once");
			}
		}
		return sums;
	}

	private static BackupManifest readManifest(Path root, Path manifestFile) throws IOException {
		BackupManifest manifest;
		try {
			manifest = BackupManifest.JSON.readValue(Files.readAllBytes(manifestFile), BackupManifest.class);
		}
		catch (JacksonException e) {
			throw damaged(root, "manifest.json cannot be read (" + e.getOriginalMessage() + ")");
		}
		if (!BackupManifest.FORMAT.equals(manifest.format())) {
			throw new BackupRefused(root + " is not a backup this version can restore: its format is \""
					+ manifest.format() + "\", this version reads \"" + BackupManifest.FORMAT + "\".");
		}
		if (manifest.files() == null || manifest.tables() == null || manifest.sequences() == null
				|| manifest.flyway() == null || manifest.linkingKey() == null) {
			throw damaged(root, "manifest.json is incomplete");
		}
		return manifest;
	}

	// The manifest names files to read and copy: none of them may point outside the backup folder.
	private static void requireSafePath(Path root, String path) {
		if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("//")
				|| Stream.of(path.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))
				|| path.equals(NewBackupFolder.MANIFEST) || path.equals(NewBackupFolder.CHECKSUMS)
				|| !root.resolve(path).normalize().startsWith(root)) {
			throw damaged(root, "manifest.json lists a file outside the backup: " + path);
		}
	}

	private static void requireNothingUnlisted(Path root, Set<String> listed) throws IOException {
		try (Stream<Path> tree = Files.walk(root)) {
			for (Path path : tree.toList()) {
				String relative = root.relativize(path).toString().replace('\\', '/');
				if (path.equals(root) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
						|| relative.equals(NewBackupFolder.MANIFEST) || relative.equals(NewBackupFolder.CHECKSUMS)) {
					continue;
				}
				if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || !listed.contains(relative)) {
					throw damaged(root, relative + " is in the backup folder but not in its manifest; a restore uses "
							+ "nothing the manifest does not vouch for");
				}
			}
		}
	}

	private static BackupRefused damaged(Path root, String what) {
		return new BackupRefused("The backup in " + root + " is damaged or was changed: " + what + ".");
	}
}
