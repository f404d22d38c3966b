package org.falseos.casework.linkedvictims.internal.normalising;

/**
 * Names folded for comparison: case, accents, punctuation and spacing ignored, and "Smith, John" read as
 * "John Smith". Many people share a name, so a name match is weak evidence on its own.
 */
final class Names {

	private Names() {
	}

	static Normalised normalise(String cleaned) {
		String name = cleaned;
		int comma = name.indexOf(',');
		if (comma > 0 && comma == name.lastIndexOf(',')) {
			name = name.substring(comma + 1) + " " + name.substring(0, comma);
		}
		name = Texts.foldAccents(name).replaceAll("[^\\p{L}\\p{N}'\\- ]", " ").replaceAll("\\s+", " ").strip();
		return new Normalised("name", "", name, true);
	}
}
