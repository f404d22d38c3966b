package org.falseos.casework.guidance;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Stable identifier of a guidance item: its jurisdiction code and its slug, written {@code scotland.offence-stalking}. */
public record GuidanceItemId(String jurisdiction, String slug) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public GuidanceItemId {
		if (jurisdiction == null || !SLUG.matcher(jurisdiction).matches()) {
			throw new IllegalArgumentException("Jurisdiction code must be a lowercase slug: " + jurisdiction);
		}
		if (slug == null || !SLUG.matcher(slug).matches()) {
			throw new IllegalArgumentException("Item slug must be a lowercase slug: " + slug);
		}
	}

	/**
	 * Parses {@code jurisdiction.slug}; throws {@link IllegalArgumentException} for anything else. Also how Jackson
	 * reads the id back from an event publication (written as this string), when outstanding events are republished.
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GuidanceItemId parse(String value) {
		int dot = value == null ? -1 : value.indexOf('.');
		if (dot < 0) {
			throw new IllegalArgumentException("Guidance item ids look like 'scotland.offence-stalking': " + value);
		}
		return new GuidanceItemId(value.substring(0, dot), value.substring(dot + 1));
	}

	@Override
	public String toString() {
		return jurisdiction + "." + slug;
	}
}
