package org.falseos.casework.cases;

import java.util.UUID;

/** A supervisor approved a closure request; the case is closed ({@link CaseClosed} follows). */
public record ClosureApproved(CaseId caseId, UUID requestId, String team, String requestedBy, String approvedBy) {
}
