package org.falseos.casework.guidance;

/** A revision of a guidance item became the published one; readers fetch it through {@link Guidance}. */
public record GuidancePublished(GuidanceItemId itemId, String kind, int revision) {
}
