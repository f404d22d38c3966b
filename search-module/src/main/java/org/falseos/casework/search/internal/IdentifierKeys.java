package org.falseos.casework.search.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact keys for perpetrator identifiers, made the same way from what was recorded and from what someone searches
 * for, so that "@Troll_99", "troll_99" and "https://x.com/Troll_99" meet on the key "troll_99". Deliberately
 * looser than the linking module's normaliser (it ignores the platform): a search shows a caseworker their own
 * team's cases to look at, it never links two victims.
 */
final class IdentifierKeys {

	private static final Pattern ADDRESS = Pattern
		.compile("^(?:[a-z][a-z0-9+.-]*://)?(?:www\\.|m\\.|mobile\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(/[^?#]*)?(?:[?#].*)?$");

	/** Path prefixes before a profile name on well-known sites: reddit.com/u/name, linkedin.com/in/name, … */
	private static final Set<String> PROFILE_PREFIXES = Set.of("u", "user", "in", "add", "profile");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,}$");

	private IdentifierKeys() {
	}

	/** The keys of one identifier, or of a search text; empty when nothing is left. */
	static Set<String> of(String typed) {
		Set<String> keys = new LinkedHashSet<>();
		if (typed == null) {
			return keys;
		}
		String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return keys;
		}
		keys.add(text.replaceAll("\\s+", ""));
		String bare = withoutAt(text);
		if (!bare.isEmpty() && !bare.contains(" ")) {
			keys.add(bare);
		}
		if (!text.contains("@") || text.startsWith("@") || text.contains("/")) {
			address(text.replaceFirst("^mailto:", ""), keys);
		}
		if (PHONE.matcher(text).matches()) {
			String digits = text.replaceAll("[^0-9]", "");
			if (digits.length() >= 7) {
				keys.add(digits);
				// +44 7700 900123 and 07700 900123 are the same UK number.
				if (digits.startsWith("44")) {
					keys.add("0" + digits.substring(2));
				}
			}
		}
		return keys;
	}

	private static void address(String text, Set<String> keys) {
		Matcher address = ADDRESS.matcher(text);
		if (!address.matches() || address.group(2) == null) {
			return;
		}
		String path = address.group(2).replaceAll("/+$", "");
		if (path.isEmpty()) {
			return;
		}
		keys.add(address.group(1) + path);
		String[] segments = path.substring(1).split("/");
		String name = segments.length == 1 ? segments[0]
				: segments.length == 2 && PROFILE_PREFIXES.contains(segments[0]) ? segments[1] : null;
		if (name != null && !withoutAt(name).isEmpty()) {
			keys.add(withoutAt(name));
		}
	}

	private static String withoutAt(String text) {
		return text.replaceFirst("^@+", "").replaceFirst("^/?u/", "");
	}
}
