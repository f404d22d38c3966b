package org.falseos.casework.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The agencies a reference number names: the jurisdiction's bodies and channels from the published guidance, and the
 * platforms. The same agency however it was typed is one agency: a known name or alias, matched without regard to
 * case or spacing, becomes the canonical name; any other ("Other (name it)") becomes the spelling first recorded.
 */
@Component
class Agencies {

	/** Platforms people get reference numbers from (a report or ticket number), with the names they go by. */
	private static final Map<String, List<String>> PLATFORMS = platforms();

	// "National Cyber Security Centre (NCSC, part of GCHQ)": the name, then an acronym it is known by.
	private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z]{2,8})\\b");

	private final Guidance guidance;

	private final JdbcClient jdbc;

	Agencies(Guidance guidance, JdbcClient jdbc) {
		this.guidance = guidance;
		this.jdbc = jdbc;
	}

	/** Canonical names in the order to offer them: the guide's bodies and channels, then the platforms. */
	List<String> choices(String jurisdiction) {
		return new ArrayList<>(names(jurisdiction).values().stream().distinct().toList());
	}

	/** The canonical spelling of an agency as typed; null stays null. */
	String canonical(String jurisdiction, String typed) {
		if (typed == null || typed.isBlank()) {
			return typed;
		}
		String tidy = tidy(typed);
		String known = names(jurisdiction).get(key(tidy));
		if (known != null) {
			return known;
		}
		return jdbc.sql("""
				select agency from cases.reference_number where lower(agency) = :lower
				order by recorded_at, id limit 1
				""").param("lower", tidy.toLowerCase(Locale.ROOT)).query(String.class).optional().orElse(tidy);
	}

	/** Every known name and alias (as a key) to its canonical name, in the order the guide presents them. */
	private Map<String, String> names(String jurisdiction) {
		Map<String, String> names = new LinkedHashMap<>();
		var guide = guidance.guide(jurisdiction);
		List<GuidanceItem> bodies = guide.map(g -> g.itemsOf(ItemKind.NATIONAL_BODY)).orElse(List.of());
		List<GuidanceItem> channels = guide.map(g -> g.itemsOf(ItemKind.CHANNEL)).orElse(List.of());
		List<String> bodyNames = new ArrayList<>();
		for (GuidanceItem body : bodies) {
			if (body.content().isNotForThisJurisdiction()) {
				continue;
			}
			String name = nameOf(body.title());
			bodyNames.add(name);
			names.putIfAbsent(key(name), name);
			names.putIfAbsent(key(body.title()), name);
			Matcher acronym = ACRONYM.matcher(body.title());
			if (acronym.find()) {
				names.putIfAbsent(key(acronym.group(1)), name);
			}
		}
		// A channel is a way to reach a body ("Police Scotland online reporting portal"): it is that body. One that
		// names no body is an agency of its own.
		for (GuidanceItem channel : channels) {
			String name = bodyNames.stream().filter(body -> mentions(channel, body)).findFirst()
				.orElse(nameOf(channel.title()));
			names.putIfAbsent(key(name), name);
			names.putIfAbsent(key(channel.title()), name);
			names.putIfAbsent(key(nameOf(channel.title())), name);
		}
		PLATFORMS.forEach((name, aliases) -> {
			names.putIfAbsent(key(name), name);
			aliases.forEach(alias -> names.putIfAbsent(key(alias), name));
		});
		return names;
	}

	private static boolean mentions(GuidanceItem channel, String body) {
		String lower = body.toLowerCase(Locale.ROOT);
		return channel.title().toLowerCase(Locale.ROOT).contains(lower) || channel.content().contacts().stream()
			.anyMatch(contact -> contact.label() != null && contact.label().toLowerCase(Locale.ROOT).contains(lower));
	}

	/** "Report Fraud (City of London Police) - England, Wales & Northern Ireland ONLY" is "Report Fraud". */
	static String nameOf(String title) {
		String name = title;
		int bracket = name.indexOf(" (");
		if (bracket > 0) {
			name = name.substring(0, bracket);
		}
		int dash = name.indexOf(" - ");
		if (dash > 0) {
			name = name.substring(0, dash);
		}
		return tidy(name);
	}

	static String tidy(String typed) {
		return typed.strip().replaceAll("\\s+", " ");
	}

	private static String key(String name) {
		return tidy(name).toLowerCase(Locale.ROOT);
	}

	private static Map<String, List<String>> platforms() {
		Map<String, List<String>> platforms = new LinkedHashMap<>();
		platforms.put("X", List.of("Twitter", "x.com", "twitter.com"));
		platforms.put("Instagram", List.of("insta", "instagram.com"));
		platforms.put("Facebook", List.of("fb", "facebook.com", "Meta"));
		platforms.put("TikTok", List.of("tik tok", "tiktok.com"));
		platforms.put("YouTube", List.of("youtube.com"));
		platforms.put("Snapchat", List.of("snap"));
		platforms.put("WhatsApp", List.of());
		platforms.put("Telegram", List.of());
		platforms.put("Discord", List.of());
		platforms.put("Reddit", List.of());
		platforms.put("Twitch", List.of());
		platforms.put("LinkedIn", List.of());
		platforms.put("Bluesky", List.of());
		platforms.put("Threads", List.of());
		return platforms;
	}
}
