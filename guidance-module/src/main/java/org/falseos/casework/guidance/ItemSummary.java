package org.falseos.casework.guidance;

import java.time.LocalDate;

/** An item as editors see it in lists: its current title, publication state and review date. */
public record ItemSummary(GuidanceItemId id, String kind, String title, Integer publishedRevision, boolean withdrawn,
		Integer openDraft, LocalDate reviewDue) {

	public boolean isPublished() {
		return publishedRevision != null && !withdrawn;
	}
}
