package org.falseos.casework.cases.evidence;

import java.text.Normalizer;

/**
 * Names for files inside an export archive. The name a file was uploaded under is whatever its sender chose, so
 * it is reduced to safe characters (no paths, no control characters, nothing an unzip tool could misread) and
 * numbered, which also keeps two uploads of "screenshot.png" apart. The manifest keeps the name as given.
 */
final class ArchiveNames {

	private static final int MAX_LENGTH = 100;

	private ArchiveNames() {
	}

	static String of(int number, String fileName) {
		return "%03d-%s".formatted(number, safe(fileName));
	}

	static String safe(String fileName) {
		String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFKD);
		name = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "").replaceAll("_+", "_");
		if (name.isEmpty()) {
			return "file";
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}
}
