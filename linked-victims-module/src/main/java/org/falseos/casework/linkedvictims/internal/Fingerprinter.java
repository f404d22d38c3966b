package org.falseos.casework.linkedvictims.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.falseos.casework.linkedvictims.internal.normalising.Normalised;

/**
 * HMAC-SHA256 of a normalised identifier's key. Keyed, so that the stored hashes cannot be reversed by hashing
 * guessed handles or every phone number of a country without the secret.
 */
final class Fingerprinter {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	Fingerprinter(byte[] secret) {
		this.key = new SecretKeySpec(secret, ALGORITHM);
	}

	byte[] hash(Normalised normalised) {
		try {
			// Mac instances are not thread-safe; a fresh one costs microseconds.
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(normalised.key().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
