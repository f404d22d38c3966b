package org.falseos.casework.linkedvictims;

import org.falseos.casework.cases.CaseId;

/** A case left a pattern: consent withdrawn, client erased, or moved when two patterns merged. */
public record CaseUnlinked(PatternId patternId, CaseId caseId, String reason) {
}
