package org.falseos.casework.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What no longer stands on a case, with who changed it, when and why: withdrawn or corrected identifiers,
 * reference numbers and tasks, and the client's details and the offences to name as they were before each change.
 */
public record CaseHistory(List<Retired<CaseFile.Identifier>> identifiers,
		List<Retired<CaseFile.ReferenceNumber>> referenceNumbers, List<Retired<CaseFile.Task>> tasks,
		List<ClientChange> clientDetails, List<OffenceChange> offences) {

	public static final CaseHistory NONE = new CaseHistory(List.of(), List.of(), List.of(), List.of(), List.of());

	/** An entry that no longer stands, and why. */
	public record Retired<T>(T entry, Retraction retraction) {
	}

	/** {@code replacedBy} names the corrected entry; null for a plain withdrawal. */
	public record Retraction(String reason, String retractedBy, Instant retractedAt, UUID replacedBy) {

		public boolean isCorrection() {
			return replacedBy != null;
		}
	}

	/** The client's details as they were before a correction (contact details go when data consent does). */
	public record ClientChange(String name, String contact, String safeContactNotes, Boolean doxxedAddress,
			Boolean swattingRisk, String reason, String changedBy, Instant changedAt) {
	}

	/** The offences to name as they were before a change. */
	public record OffenceChange(List<CaseFile.OffenceConsidered> earlier, String reason, String changedBy,
			Instant changedAt) {
	}
}
