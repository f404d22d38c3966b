package org.falseos.casework.guidance;

/** A guidance item was withdrawn from publication and must no longer be shown or found. */
public record GuidanceWithdrawn(GuidanceItemId itemId) {
}
