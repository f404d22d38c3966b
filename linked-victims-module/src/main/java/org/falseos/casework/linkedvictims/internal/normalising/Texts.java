package org.falseos.casework.linkedvictims.internal.normalising;

import java.text.Normalizer;
import java.util.Locale;

/** Text clean-up shared by every kind of identifier. */
final class Texts {

	private Texts() {
	}

	/**
	 * Compatibility-normalised (full-width {@code ＠} becomes {@code @}), invisible format characters that
	 * copy-and-paste brings along (zero-width spaces, direction marks) removed, whitespace collapsed and trimmed.
	 */
	static String clean(String value) {
		if (value == null) {
			return "";
		}
		String text = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\p{Cf}", "");
		return text.replaceAll("[\\s\\u00A0]+", " ").strip();
	}

	static String fold(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

	/** Case and accents folded: for names, which people type with and without diacritics. */
	static String foldAccents(String value) {
		return fold(Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
	}
}
