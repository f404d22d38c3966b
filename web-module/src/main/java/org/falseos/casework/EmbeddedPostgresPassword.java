package org.falseos.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's superuser password: generated once, 256 random bits, kept in the data folder readable by
 * the owner only. PostgreSQL stores only its SCRAM verifier; connections without it are refused.
 */
final class EmbeddedPostgresPassword {

	static final String FILE_NAME = "postgres.password";

	private EmbeddedPostgresPassword() {
	}

	static Path file(Path dataDir) {
		return dataDir.resolve(FILE_NAME);
	}

	static boolean exists(Path dataDir) {
		return Files.isRegularFile(file(dataDir));
	}

	static String read(Path dataDir) throws IOException {
		Path file = file(dataDir);
		OwnerOnly.tighten(file);
		String password = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (password.length() < 32) {
			throw new IllegalStateException("Database: " + file + " does not hold a usable password");
		}
		return password;
	}

	/** Writes a new password (the file must not exist: a password PostgreSQL already uses is never replaced). */
	static String create(Path dataDir) throws IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Path file = file(dataDir);
		Files.createFile(file, OwnerOnly.fileAttributes(file));
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE,
				StandardOpenOption.SYNC);
		return password;
	}
}
