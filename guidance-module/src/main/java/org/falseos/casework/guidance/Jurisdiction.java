package org.falseos.casework.guidance;

import java.util.LinkedHashMap;
import java.util.Map;

/** A jurisdiction's guide: its name, framing text and the heading and intro of each overview section. */
public record Jurisdiction(String code, String name, String title, String tagline, String disclaimer,
		Map<String, Section> sections) {

	public Jurisdiction {
		sections = sections == null ? Map.of() : new LinkedHashMap<>(sections);
	}

	public Section section(ItemKind kind) {
		return sections.getOrDefault(kind.slug(), new Section(kind.slug(), ""));
	}

	/** Heading and introduction of one part of the overview. */
	public record Section(String heading, String intro) {
	}
}
