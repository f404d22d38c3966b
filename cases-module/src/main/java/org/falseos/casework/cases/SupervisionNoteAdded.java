package org.falseos.casework.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervisor wrote a note on the case for its caseworker, perhaps with a date by which to review the case
 * again ({@code reviewBy}, null when none was set).
 */
public record SupervisionNoteAdded(CaseId caseId, UUID noteId, String team, String caseworker, String writtenBy,
		LocalDate reviewBy) {
}
