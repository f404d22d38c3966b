package org.falseos.casework.linkedvictims;

import java.util.List;

import org.falseos.casework.cases.CaseId;

/** A coordinator's accepted suggestion founded a pattern with these cases. */
public record PatternCreated(PatternId patternId, List<CaseId> caseIds) {
}
