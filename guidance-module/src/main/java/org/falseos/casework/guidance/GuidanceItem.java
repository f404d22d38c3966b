package org.falseos.casework.guidance;

import java.time.Instant;

/** The published revision of a guidance item. */
public record GuidanceItem(GuidanceItemId id, int revision, ItemContent content, Instant publishedAt) {

	public ItemKind kind() {
		return content.itemKind();
	}

	public String title() {
		return content.title();
	}
}
