package org.falseos.casework.linkedvictims.internal.normalising;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web address as pasted by people: with or without scheme, with tracking parameters and fragments. Parsed
 * leniently with a pattern rather than {@link java.net.URI}, which refuses the spaces and unescaped characters
 * that real pasted addresses contain.
 */
record WebAddress(String host, List<String> segments, List<String[]> query, String fragment) {

	private static final Pattern ADDRESS = Pattern
		.compile("^(?:(?:https?|ftp):)?(?://)?([^/?#\\s]+)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+\\.?");

	private static final Pattern SCHEME_OR_HOST_WITH_PATH = Pattern
		.compile("^(https?://|//|(www\\.|m\\.|mobile\\.)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(:\\d+)?/).*",
				Pattern.CASE_INSENSITIVE);

	/** Whether the text reads as a web address rather than a bare handle. */
	static boolean looksLikeOne(String text) {
		return SCHEME_OR_HOST_WITH_PATH.matcher(text).matches();
	}

	static Optional<WebAddress> parse(String text) {
		Matcher matcher = ADDRESS.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String authority = matcher.group(1);
		String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
		if (!HOST.matcher(host).matches()) {
			return Optional.empty();
		}
		List<String> segments = Arrays.stream(matcher.group(2).split("/")).filter(s -> !s.isEmpty())
			.map(WebAddress::decode).toList();
		List<String[]> query = new ArrayList<>();
		if (matcher.group(3) != null) {
			for (String pair : matcher.group(3).split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					query.add(equals < 0 ? new String[] { pair, "" }
							: new String[] { pair.substring(0, equals), pair.substring(equals + 1) });
				}
			}
		}
		return Optional.of(new WebAddress(Hosts.bare(host), segments, query, matcher.group(4)));
	}

	Optional<String> parameter(String name) {
		return query.stream().filter(pair -> pair[0].equals(name)).map(pair -> pair[1]).findFirst();
	}

	String segment(int index) {
		return index < segments.size() ? segments.get(index) : "";
	}

	private static String decode(String segment) {
		try {
			return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return segment;
		}
	}
}
