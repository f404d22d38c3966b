package org.falseos.casework.cases;

import java.time.Instant;

/** One recorded access to a case: who, when, what. */
public record AuditEntry(String actor, String action, String detail, Instant at) {
}
