package org.falseos.casework.cases;

import java.util.UUID;

/** A supervisor turned a closure request down, with a comment for the caseworker; the case stays open. */
public record ClosureRejected(CaseId caseId, UUID requestId, String team, String requestedBy, String rejectedBy) {
}
