package org.falseos.casework.guidance;

import java.time.Instant;

/** One version of a guidance item: who wrote it, who reviewed it, and the outcome. */
public record Revision(GuidanceItemId itemId, int number, RevisionStatus status, ItemContent content, String author,
		Instant createdAt, String reviewer, Instant reviewedAt, String comment) {
}
