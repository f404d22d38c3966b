package org.falseos.casework.linkedvictims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.falseos.casework.cases.CaseId;

/**
 * One perpetrator's course of conduct across victims: the member cases (clients only by pseudonymous code), what
 * they share, every member's reference numbers grouped by agency (the cross-reference sheet), a combined timeline
 * without private details, and the summary.
 */
public record LinkedPattern(PatternId id, String reference, Instant createdAt, List<Member> members,
		List<SharedIdentifier> identifiers, List<AgencyReferences> referenceNumbers, List<TimelineEntry> timeline,
		ConductSummary summary) {

	public record Member(CaseId caseId, String clientCode, String team, String assignedTo, String jurisdiction,
			String perpetratorCountry, Instant joinedAt) {
	}

	public record AgencyReferences(String agency, List<Reference> references) {
	}

	public record Reference(String agency, String number, LocalDate obtainedOn, String clientCode, CaseId caseId) {
	}

	/** An incident: when, on which platform, by which (masked) identifier; never what happened or where. */
	public record TimelineEntry(Instant occurredAt, String clientCode, String platform, String identifier) {
	}
}
