package org.falseos.casework.guidance;

/**
 * A guidance item was published, republished or withdrawn at this point of the publication clock; read what is
 * published now with {@link Guidance#item(GuidanceItemId)}.
 */
public record PublicationChange(GuidanceItemId itemId, long sequence) {
}
