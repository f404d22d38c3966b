package org.falseos.casework.linkedvictims.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.falseos.casework.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the identifier hashes. Configured with {@code falseos.linking.hmac-secret} (required in
 * the {@code prod} profile: a secret generated on one instance would not match another's hashes). The embedded
 * default generates one once and keeps it, readable by the owner only, in {@code ${falseos.data-dir}/linking}.
 * Losing or changing it makes every stored hash unmatchable.
 */
@Component
class LinkingKey {

	static final int MINIMUM_BYTES = 32;

	private static final Logger log = LoggerFactory.getLogger(LinkingKey.class);

	private final byte[] secret;

	LinkingKey(@Value("${falseos.linking.hmac-secret:}") String configured,
			@Value("${falseos.data-dir:./data}") Path dataDir, Environment environment) {
		if (!configured.isBlank()) {
			secret = configured.getBytes(StandardCharsets.UTF_8);
			if (secret.length < MINIMUM_BYTES) {
				throw new IllegalStateException("falseos.linking.hmac-secret must be at least " + MINIMUM_BYTES
						+ " bytes long (e.g. the output of `openssl rand -base64 48`).");
			}
		}
		else if (environment.acceptsProfiles(Profiles.of("prod"))) {
			throw new IllegalStateException("falseos.linking.hmac-secret is not set. In production every instance "
					+ "must share one configured secret (e.g. FALSEOS_LINKING_HMAC_SECRET from `openssl rand -base64 48`); "
					+ "refusing to start rather than hash identifiers with a key the other instances do not have.");
		}
		else {
			secret = keptIn(dataDir.resolve("linking").resolve("hmac.key"));
		}
	}

	byte[] secret() {
		return secret.clone();
	}

	private static byte[] keptIn(Path file) {
		try {
			// Also narrows a folder or key left readable by an earlier version.
			OwnerOnly.tree(file.getParent());
			if (!Files.exists(file)) {
				generate(file);
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the linking key " + file, e);
		}
	}

	private static void generate(Path file) throws IOException {
		byte[] random = new byte[48];
		new SecureRandom().nextBytes(random);
		try {
			// Created with owner-only permissions from the start, never world-readable for a moment.
			Files.createFile(file, OwnerOnly.fileAttributes(file));
			Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n");
			log.info("Linking: generated the identifier hashing key in {} (back it up with the data folder)", file);
		}
		catch (FileAlreadyExistsException anotherInstanceWasFaster) {
			// Two starts at once over one data folder: the first one's key is kept.
		}
	}
}
