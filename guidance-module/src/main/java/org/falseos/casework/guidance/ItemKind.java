package org.falseos.casework.guidance;

import java.util.Arrays;

/** The kinds of guidance item, in the order the overview of a jurisdiction presents them. */
public enum ItemKind {

	EMERGENCY("emergency"), CHANNEL("channel"), NATIONAL_BODY("national-body"), OFFENCE("offence"), NOTE("note"),
	CROSS_BORDER("cross-border"), LADDER_RUNG("ladder-rung"), ESSENTIAL("essential");

	private final String slug;

	ItemKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static ItemKind fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown kind of guidance item: " + slug));
	}
}
