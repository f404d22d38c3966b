package org.falseos.casework.guidance;

import java.util.Arrays;

/** The harms a victim describes, which the offence picker maps to offences to name. */
public enum HarmType {

	THREATS, STALKING, DOXXING, IMPERSONATION, EXTORTION, FRAUD, DEFAMATION;

	public String slug() {
		return name().toLowerCase();
	}

	/** Accepts the slug, and "sextortion" as the extortion it is. */
	public static HarmType fromSlug(String slug) {
		String value = slug == null ? "" : slug.trim().toLowerCase();
		if (value.equals("sextortion")) {
			return EXTORTION;
		}
		return Arrays.stream(values()).filter(type -> type.slug().equals(value)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown harm type: " + slug));
	}
}
