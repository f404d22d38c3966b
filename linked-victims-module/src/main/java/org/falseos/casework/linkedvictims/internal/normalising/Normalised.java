package org.falseos.casework.linkedvictims.internal.normalising;

/**
 * An identifier in its one canonical form: two entries for the same account or number give equal values. Only
 * {@link #key()} is hashed; the normalised value itself is never stored.
 *
 * @param kind handle, url, email, phone, name, other or reference
 * @param platform the canonical platform ({@code x}, {@code instagram}…), the agency of a reference, or empty
 * @param weak whether a match on it alone is weak evidence (names: many people share one)
 */
public record Normalised(String kind, String platform, String value, boolean weak) {

	private static final char SEPARATOR = '\u001f';

	public Normalised {
		platform = platform == null ? "" : platform;
	}

	static Normalised strong(String kind, String platform, String value) {
		return new Normalised(kind, platform, value, false);
	}

	/** What is hashed: kind, platform and value, so the same text on two platforms never matches. */
	public String key() {
		return kind + SEPARATOR + platform + SEPARATOR + value;
	}

	/**
	 * A display that lets people tell two identifiers apart without revealing them, e.g. {@code @tr•••99}: a
	 * handle's "@", the first two characters (one for short values, none for very short ones) and, only for long
	 * values, the last two; never more than four characters of the value and always at least half of it hidden.
	 */
	public String masked() {
		String prefix = "handle".equals(kind) ? "@" : "";
		int length = value.codePointCount(0, value.length());
		int head = length > 5 ? 2 : length > 2 ? 1 : 0;
		int tail = length >= 10 ? 2 : 0;
		return prefix + codePoints(0, head) + "•••" + codePoints(length - tail, length);
	}

	private String codePoints(int from, int to) {
		return value.substring(value.offsetByCodePoints(0, from), value.offsetByCodePoints(0, to));
	}
}
