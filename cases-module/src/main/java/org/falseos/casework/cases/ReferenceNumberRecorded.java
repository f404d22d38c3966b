package org.falseos.casework.cases;

import java.util.UUID;

/** An official reference number was recorded on a case; read it through the cases API. */
public record ReferenceNumberRecorded(CaseId caseId, ClientId clientId, UUID referenceNumberId, String agency) {
}
