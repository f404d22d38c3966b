package org.falseos.casework.web.internal.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.stream.Stream;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;

/**
 * A backup folder being written: owner-only, new or empty to begin with, every file hashed as it is written.
 * {@code manifest.json} and {@code SHA256SUMS} are written last, so a backup that did not finish has neither and
 * can never be restored by mistake.
 */
final class NewBackupFolder {

	static final String MANIFEST = "manifest.json";

	static final String CHECKSUMS = "SHA256SUMS";

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final boolean createdRoot;

	private final List<FileEntry> files = new ArrayList<>();

	private final SequencedSet<Path> folders = new LinkedHashSet<>();

	private NewBackupFolder(Path root, boolean createdRoot) {
		this.root = root;
		this.createdRoot = createdRoot;
		folders.add(root);
	}

	/** What a backup command writes into the folder. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException, SQLException;
	}

	static NewBackupFolder create(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			requireEmptyFolder(root);
			OwnerOnlyFiles.setPermissions(root, OwnerOnlyFiles.FOLDER);
			return new NewBackupFolder(root, false);
		}
		OwnerOnlyFiles.createFolders(root);
		return new NewBackupFolder(root, true);
	}

	/** Refuses anything but a missing or empty folder: nothing old may be mistaken for part of a new backup. */
	static void requireEmptyFolder(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
			throw new BackupRefused("The backup target " + root + " exists and is not a folder.");
		}
		try (Stream<Path> entries = Files.list(root)) {
			if (entries.findAny().isPresent()) {
				throw new BackupRefused("The backup target " + root + " is not empty. Give every backup a new "
						+ "(or empty) folder, e.g. one named by the date, so that no older file is taken for part of it.");
			}
		}
	}

	Path root() {
		return root;
	}

	/** Writes one file of the backup (a path relative to the folder, with {@code /}) and records its hash. */
	FileEntry write(String path, Content content) throws IOException, SQLException {
		Path file = root.resolve(path).normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw new IllegalArgumentException("Not a path inside the backup: " + path);
		}
		createFolders(file.getParent());
		MessageDigest digest = Sha256.digest();
		long size;
		try (FileChannel channel = OwnerOnlyFiles.createFile(file)) {
			OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER),
					digest);
			content.writeTo(out);
			out.flush();
			channel.force(true);
			size = channel.size();
		}
		var entry = new FileEntry(path, size, Sha256.hex(digest));
		files.add(entry);
		return entry;
	}

	FileEntry copy(String path, Path source) throws IOException {
		try {
			return write(path, out -> Files.copy(source, out));
		}
		catch (SQLException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Every file written so far, in order. */
	List<FileEntry> files() {
		return List.copyOf(files);
	}

	/** Writes the manifest and {@code SHA256SUMS} (the manifest included, for {@code sha256sum -c}) and syncs. */
	void finish(BackupManifest manifest) throws IOException, SQLException {
		byte[] json = BackupManifest.JSON.writeValueAsBytes(manifest);
		var manifestEntry = write(MANIFEST, out -> out.write(json));
		var sums = new StringBuilder();
		for (FileEntry entry : files) {
			if (entry != manifestEntry) {
				sums.append(entry.sha256()).append("  ").append(entry.path()).append('\n');
			}
		}
		sums.append(manifestEntry.sha256()).append("  ").append(MANIFEST).append('\n');
		write(CHECKSUMS, out -> out.write(sums.toString().getBytes(StandardCharsets.UTF_8)));
		for (Path folder : folders.reversed()) {
			OwnerOnlyFiles.syncFolder(folder);
		}
	}

	/** After a failure: removes what this backup wrote, so that no partial backup is left lying about. */
	void discard() {
		try (Stream<Path> tree = Files.walk(root)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				if (createdRoot || !path.equals(root)) {
					Files.deleteIfExists(path);
				}
			}
		}
		catch (IOException e) {
			// What is left has no manifest, so it can never be restored; the failure itself is what gets reported.
		}
	}

	private void createFolders(Path folder) throws IOException {
		OwnerOnlyFiles.createFolders(folder);
		for (Path each = folder; each != null && each.startsWith(root); each = each.getParent()) {
			folders.add(each);
		}
	}
}
