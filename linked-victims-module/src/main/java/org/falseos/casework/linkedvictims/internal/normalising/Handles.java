package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.regex.Pattern;

/** A handle on a known platform in its canonical form. */
final class Handles {

	private static final Pattern YOUTUBE_CHANNEL_ID = Pattern.compile("UC[A-Za-z0-9_-]{22}");

	private static final Pattern DIGITS = Pattern.compile("\\d{5,}");

	private Handles() {
	}

	/** A handle as typed (with or without {@code @}, Reddit's {@code u/}) on a known platform. */
	static Normalised on(Platform platform, String typed) {
		String handle = typed.strip();
		while (handle.startsWith("@")) {
			handle = handle.substring(1);
		}
		String value = switch (platform) {
			case REDDIT -> Texts.fold(handle.replaceFirst("^/?(u|user)/", ""));
			case YOUTUBE -> youtube(handle);
			case FACEBOOK -> handle.startsWith("id:") ? handle
					: DIGITS.matcher(handle).matches() ? "id:" + handle : Texts.fold(handle);
			// A Bluesky handle without a domain is on the default bsky.social.
			case BLUESKY -> Texts.fold(handle.contains(".") || handle.startsWith("did:") ? handle : handle + ".bsky.social");
			default -> Texts.fold(handle);
		};
		return Normalised.strong("handle", platform.canonical(), value);
	}

	private static String youtube(String handle) {
		if (handle.contains("/")) {
			return handle;
		}
		return YOUTUBE_CHANNEL_ID.matcher(handle).matches() ? "channel/" + handle : Texts.fold(handle);
	}
}
