package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Profile addresses of known platforms become the platform's handle, so {@code https://twitter.com/Troll_99?s=20}
 * and {@code @troll_99} on X are one identifier. Any other address keeps its path's case (it may matter there)
 * and loses only scheme, {@code www.}, trailing slashes, the fragment and well-known tracking parameters.
 */
final class ProfileUrls {

	private static final Pattern NAME = Pattern.compile("@?[\\p{L}\\p{N}._-]+");

	private static final Pattern DIGITS = Pattern.compile("\\d{5,}");

	private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "igsh", "igshid", "mibextid", "ref_src",
			"ref_url", "_rdr");

	private ProfileUrls() {
	}

	static Normalised normalise(WebAddress address) {
		return Platform.atHost(address.host())
			.flatMap(platform -> handle(platform, address))
			.orElseGet(() -> Normalised.strong("url", address.host(), genericValue(address)));
	}

	private static Optional<Normalised> handle(Platform platform, WebAddress address) {
		String first = address.segment(0);
		String second = address.segment(1);
		String name = switch (platform) {
			case X -> {
				// Old links: twitter.com/#!/name
				var fragment = address.fragment();
				yield fragment != null && fragment.startsWith("!/") ? fragment.substring(2).split("/")[0] : unreserved(platform, first);
			}
			case INSTAGRAM -> first.equals("stories") ? second : unreserved(platform, first);
			case THREADS, TIKTOK -> first.startsWith("@") ? first : null;
			case GITHUB -> first.equals("orgs") ? second : unreserved(platform, first);
			case REDDIT -> first.equals("u") || first.equals("user") ? second : null;
			case SNAPCHAT -> first.equals("add") ? second : first.startsWith("@") ? first : null;
			case BLUESKY -> first.equals("profile") ? second : null;
			case YOUTUBE -> youtube(first, second);
			case FACEBOOK -> facebook(address, first);
			default -> unreserved(platform, first);
		};
		if (name == null || name.isEmpty() || !NAME.matcher(name).matches() && !name.startsWith("id:")
				&& !name.contains("/")) {
			return Optional.empty();
		}
		return Optional.of(Handles.on(platform, name));
	}

	private static String unreserved(Platform platform, String segment) {
		return segment.isEmpty() || platform.reserved(segment) ? null : segment;
	}

	private static String youtube(String first, String second) {
		if (first.startsWith("@")) {
			return first;
		}
		// Channel ids and legacy custom names are case-sensitive: they keep their case under their own prefix.
		return switch (first) {
			case "channel", "c", "user" -> second.isEmpty() ? null : first + "/" + second;
			default -> null;
		};
	}

	private static String facebook(WebAddress address, String first) {
		if (first.equals("profile.php")) {
			return address.parameter("id").filter(id -> DIGITS.matcher(id).matches()).map(id -> "id:" + id).orElse(null);
		}
		if (first.equals("people")) {
			String id = address.segment(2);
			return DIGITS.matcher(id).matches() ? "id:" + id : null;
		}
		return DIGITS.matcher(first).matches() ? "id:" + first : unreserved(Platform.FACEBOOK, first);
	}

	private static String genericValue(WebAddress address) {
		String path = String.join("/", address.segments());
		List<String> query = address.query().stream()
			.filter(pair -> !pair[0].startsWith("utm_") && !TRACKING.contains(pair[0]))
			.map(pair -> pair[0] + "=" + pair[1])
			.sorted()
			.toList();
		return address.host() + (path.isEmpty() ? "" : "/" + path)
				+ (query.isEmpty() ? "" : query.stream().collect(Collectors.joining("&", "?", "")));
	}
}
