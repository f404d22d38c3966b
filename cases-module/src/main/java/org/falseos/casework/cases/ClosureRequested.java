package org.falseos.casework.cases;

import java.util.UUID;

/** A caseworker asked a supervisor of the case's team to approve closing it. */
public record ClosureRequested(CaseId caseId, UUID requestId, String team, String requestedBy) {
}
