package org.falseos.casework.linkedvictims;

import org.falseos.casework.cases.CaseId;

/** A case joined an existing pattern. */
public record CaseLinked(PatternId patternId, CaseId caseId) {
}
