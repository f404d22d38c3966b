package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;

/** SHA-256 as lower-case hex, the form the evidence table, the manifest and {@code sha256sum} all use. */
final class Sha256 {

	private Sha256() {
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The size and SHA-256 of a file as it is now, under the name given. */
	static FileEntry of(String name, Path file) throws IOException {
		MessageDigest digest = digest();
		long size;
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			size = in.transferTo(OutputStream.nullOutputStream());
		}
		return new FileEntry(name, size, hex(digest));
	}
}
