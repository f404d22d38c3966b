package org.falseos.casework.linkedvictims.internal.normalising;

/** Host names as one site: lower case, no trailing dot, no www/mobile prefix. */
final class Hosts {

	private Hosts() {
	}

	static String bare(String host) {
		String bare = Texts.fold(host);
		if (bare.endsWith(".")) {
			bare = bare.substring(0, bare.length() - 1);
		}
		for (String prefix : new String[] { "www.", "mobile.", "m." }) {
			if (bare.startsWith(prefix) && bare.indexOf('.', prefix.length()) > 0) {
				return bare.substring(prefix.length());
			}
		}
		return bare;
	}
}
