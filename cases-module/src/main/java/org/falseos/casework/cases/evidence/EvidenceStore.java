package org.falseos.casework.cases.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.falseos.casework.OwnerOnly;
import org.falseos.casework.cases.EvidenceId;

/**
 * Evidence files on disk, one file per evidence id, written once and never changed. An upload streams through a
 * size cap and a SHA-256 digest into a temporary file in the same folder, which is synced and then moved into
 * place atomically: a crash or a refused upload never leaves a half-written file under an evidence id.
 */
class EvidenceStore {

	// Enough for Tika's magic bytes (it marks up to the longest pattern it knows) without holding more.
	private static final int BUFFER = 64 * 1024;

	private final Path folder;

	private final long maxBytes;

	private final ContentTypes types;

	EvidenceStore(Path folder, long maxBytes, ContentTypes types) {
		this.folder = folder.toAbsolutePath();
		this.maxBytes = maxBytes;
		this.types = types;
	}

	record StoredFile(long size, String sha256, String mediaType) {
	}

	StoredFile store(EvidenceId id, InputStream content) {
		Path temporary = null;
		try {
			// Recreated owner-only should someone have removed it; temporary files are rw------- on POSIX.
			OwnerOnly.folder(folder);
			temporary = Files.createTempFile(folder, "upload-", ".part");
			MessageDigest digest = sha256();
			var input = new BufferedInputStream(new DigestInputStream(new CappedInputStream(content, maxBytes), digest),
					BUFFER);
			String mediaType = types.detect(input);
			long size;
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				size = input.transferTo(Channels.newOutputStream(channel));
				channel.force(true);
			}
			Files.move(temporary, fileOf(id), StandardCopyOption.ATOMIC_MOVE);
			syncFolder();
			readOnly(fileOf(id));
			return new StoredFile(size, hex(digest), mediaType);
		}
		catch (IOException e) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Could not store the evidence file", e);
		}
		catch (RuntimeException e) {
			deleteQuietly(temporary);
			throw e;
		}
	}

	InputStream open(EvidenceId id) throws IOException {
		return Files.newInputStream(fileOf(id));
	}

	/** The SHA-256 of the file as it is now, or empty when the file is gone. */
	Optional<String> rehash(EvidenceId id) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(open(id), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (NoSuchFileException e) {
			return Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Optional.of(hex(digest));
	}

	boolean exists(EvidenceId id) {
		return Files.isRegularFile(fileOf(id));
	}

	/** Deletes the file; a file already gone counts as destroyed, so a retried deletion completes. */
	void destroy(EvidenceId id) {
		try {
			Files.deleteIfExists(fileOf(id));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not destroy evidence file " + id, e);
		}
	}

	Path fileOf(EvidenceId id) {
		return folder.resolve(id.toString());
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	// A guard against accidents, not attackers (root ignores it): the original is never written to again.
	private static void readOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
		}
		catch (UnsupportedOperationException e) {
			file.toFile().setReadOnly();
		}
	}

	// The rename is durable only once the folder entry is; Linux lets a folder be opened and synced.
	private void syncFolder() {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e) {
			// Not every file system allows it; the file itself is already synced.
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ignored) {
				// The temporary name is never read as evidence; a leftover is only wasted space.
			}
		}
	}
}
