package org.falseos.casework.cases;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic bytes of a given length, made as they are read (never held as a whole), and hashed on the way, so a
 * test can stream any size and still know the SHA-256 of what it sent.
 */
final class GeneratedContent extends InputStream {

	private final long length;

	private final MessageDigest digest;

	private long position;

	private long state;

	GeneratedContent(long length, long seed) {
		this.length = length;
		this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public int read() {
		byte[] one = new byte[1];
		return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public int read(byte[] buffer, int offset, int count) {
		if (position >= length) {
			return -1;
		}
		int n = (int) Math.min(count, length - position);
		for (int i = 0; i < n; i++) {
			// xorshift64: cheap, deterministic and incompressible enough to defeat any accidental shortcut.
			state ^= state << 13;
			state ^= state >>> 7;
			state ^= state << 17;
			buffer[offset + i] = (byte) state;
		}
		digest.update(buffer, offset, n);
		position += n;
		return n;
	}

	/** The SHA-256 of everything read so far (all of it, once the stream is exhausted). */
	String sha256() {
		return HexFormat.of().formatHex(digest.digest());
	}

	long bytesRead() {
		return position;
	}
}
