package org.falseos.casework.cases;

import java.util.UUID;

/**
 * A perpetrator identifier no longer stands on its case: withdrawn, or corrected ({@code replacedBy} names the
 * corrected entry, which is announced by its own {@link PerpetratorIdentifierRecorded}). Linking must forget its
 * fingerprint and anything that rested only on it; the reason is for the coordinator to read.
 */
public record PerpetratorIdentifierWithdrawn(CaseId caseId, ClientId clientId, UUID identifierId, String reason,
		UUID replacedBy) {
}
