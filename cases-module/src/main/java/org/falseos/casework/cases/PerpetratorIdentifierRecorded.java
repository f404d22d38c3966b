package org.falseos.casework.cases;

import java.util.UUID;

/** A perpetrator identifier was recorded on a case; its value is read through the cases API, not carried here. */
public record PerpetratorIdentifierRecorded(CaseId caseId, ClientId clientId, UUID identifierId, IdentifierKind kind, String platform) {
}
