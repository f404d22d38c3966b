package org.falseos.casework.cases;

import java.util.UUID;

/**
 * An official reference number no longer stands on its case: withdrawn, or corrected ({@code replacedBy} names the
 * corrected entry, announced by its own {@link ReferenceNumberRecorded}). It leaves police bundles,
 * cross-reference sheets and linking.
 */
public record ReferenceNumberWithdrawn(CaseId caseId, ClientId clientId, UUID referenceNumberId, String reason,
		UUID replacedBy) {
}
