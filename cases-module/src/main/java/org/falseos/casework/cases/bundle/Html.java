package org.falseos.casework.cases.bundle;

/** Escaping for text written into HTML: everything in a bundle page was typed by someone else. */
final class Html {

	private Html() {
	}

	static String escape(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		var out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
