package org.falseos.casework.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small evidence files for tests, with real magic bytes. */
final class Evidence {

	/** A PNG's signature and IHDR chunk: enough for content detection. */
	static final byte[] PNG = HexFormat.of().parseHex(
			"89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6e3e30000000049454e44ae426082");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private Evidence() {
	}

	/** Another PNG, different from {@link #PNG} and from every other variant: the locker holds one per SHA-256. */
	static byte[] png(int variant) {
		byte[] content = java.util.Arrays.copyOf(PNG, PNG.length + 4);
		java.nio.ByteBuffer.wrap(content, PNG.length, 4).putInt(variant);
		return content;
	}

	static InputStream stream(byte[] content) {
		return new ByteArrayInputStream(content);
	}

	static byte[] readAll(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
