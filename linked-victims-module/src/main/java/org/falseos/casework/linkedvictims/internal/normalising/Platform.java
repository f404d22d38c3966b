package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The platforms whose profile addresses and handle rules are known. Handles are folded to lower case only where
 * the platform itself treats them case-insensitively; anything not listed here keeps its case.
 */
enum Platform {

	X("x", Set.of("x", "twitter", "x (twitter)", "twitter (x)", "x/twitter", "twitter/x", "tweet"),
			Set.of("x.com", "twitter.com", "fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com", "nitter.net"),
			Set.of("i", "home", "intent", "search", "hashtag", "share", "explore", "messages", "notifications", "settings")),
	INSTAGRAM("instagram", Set.of("instagram", "insta", "ig"), Set.of("instagram.com", "instagr.am"),
			Set.of("p", "reel", "reels", "tv", "explore", "accounts", "direct")),
	THREADS("threads", Set.of("threads"), Set.of("threads.net", "threads.com"), Set.of("t", "search")),
	TIKTOK("tiktok", Set.of("tiktok", "tik tok"), Set.of("tiktok.com"), Set.of()),
	GITHUB("github", Set.of("github"), Set.of("github.com"),
			Set.of("about", "features", "settings", "marketplace", "explore", "topics", "sponsors", "login")),
	REDDIT("reddit", Set.of("reddit"), Set.of("reddit.com", "old.reddit.com", "new.reddit.com", "np.reddit.com"),
			Set.of()),
	TWITCH("twitch", Set.of("twitch"), Set.of("twitch.tv"), Set.of("directory", "videos", "settings", "search")),
	YOUTUBE("youtube", Set.of("youtube", "yt"), Set.of("youtube.com"), Set.of()),
	FACEBOOK("facebook", Set.of("facebook", "fb"), Set.of("facebook.com", "fb.com"),
			Set.of("groups", "events", "watch", "marketplace", "photo.php", "story.php", "share", "sharer.php",
					"hashtag", "pages")),
	TELEGRAM("telegram", Set.of("telegram"), Set.of("t.me", "telegram.me"), Set.of("joinchat", "s", "c")),
	SNAPCHAT("snapchat", Set.of("snapchat", "snap"), Set.of("snapchat.com"), Set.of()),
	DISCORD("discord", Set.of("discord"), Set.of(), Set.of()),
	BLUESKY("bluesky", Set.of("bluesky", "bsky"), Set.of("bsky.app"), Set.of());

	private final String canonical;

	private final Set<String> names;

	private final Set<String> hosts;

	private final Set<String> reservedPaths;

	Platform(String canonical, Set<String> names, Set<String> hosts, Set<String> reservedPaths) {
		this.canonical = canonical;
		this.names = names;
		this.hosts = hosts;
		this.reservedPaths = reservedPaths;
	}

	String canonical() {
		return canonical;
	}

	boolean reserved(String pathSegment) {
		return reservedPaths.contains(Texts.fold(pathSegment));
	}

	/** A platform as caseworkers name it: "Twitter", "X", "x.com", "www.instagram.com" and so on. */
	static Optional<Platform> named(String name) {
		String folded = Texts.fold(Texts.clean(name)).replaceFirst("^https?://", "").replaceFirst("/.*$", "");
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(platform -> platform.names.contains(folded) || platform.hosts.contains(Hosts.bare(folded)))
			.findFirst();
	}

	/** The platform serving profiles at this (already lower-cased, prefix-stripped) host. */
	static Optional<Platform> atHost(String host) {
		return Arrays.stream(values()).filter(platform -> platform.hosts.contains(host)).findFirst();
	}
}
