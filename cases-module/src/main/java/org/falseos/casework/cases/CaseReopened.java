package org.falseos.casework.cases;

/** A supervisor reopened a closed case, with a reason; it can be worked on again. */
public record CaseReopened(CaseId caseId, String team, String caseworker, String reopenedBy) {
}
