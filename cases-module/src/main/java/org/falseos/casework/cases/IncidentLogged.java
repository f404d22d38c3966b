package org.falseos.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** An incident was added to a case's diary. */
public record IncidentLogged(CaseId caseId, UUID incidentId, Instant occurredAt, String platform) {
}
