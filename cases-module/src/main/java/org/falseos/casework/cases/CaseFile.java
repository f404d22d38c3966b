package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything on a case that its caseworker and supervisor may see. The lists hold what stands now; what was
 * withdrawn or corrected is in {@link #history()}. {@link #rungSince()} is when the case reached its rung, recorded
 * with the move (its opening for rung 0).
 */
public record CaseFile(CaseId id, Client client, String team, String assignedTo, String status, String summary,
		Set<String> harmTypes, String perpetratorCountry, String jurisdiction, int rung, Instant openedAt,
		List<OffenceConsidered> offences, List<Task> tasks, List<Incident> incidents,
		List<Identifier> identifiers, List<ReferenceNumber> referenceNumbers, List<Escalation> escalations,
		CourseOfConduct courseOfConduct, CaseHistory history, Instant rungSince) {

	public CaseFile {
		history = history == null ? CaseHistory.NONE : history;
		// Only files put together without the case row (tests) lack it; the row always has it.
		rungSince = rungSince == null ? openedAt : rungSince;
	}

	/** A case whose rung date is not at hand: counted from its opening. */
	public CaseFile(CaseId id, Client client, String team, String assignedTo, String status, String summary,
			Set<String> harmTypes, String perpetratorCountry, String jurisdiction, int rung, Instant openedAt,
			List<OffenceConsidered> offences, List<Task> tasks, List<Incident> incidents,
			List<Identifier> identifiers, List<ReferenceNumber> referenceNumbers, List<Escalation> escalations,
			CourseOfConduct courseOfConduct, CaseHistory history) {
		this(id, client, team, assignedTo, status, summary, harmTypes, perpetratorCountry, jurisdiction, rung,
				openedAt, offences, tasks, incidents, identifiers, referenceNumbers, escalations, courseOfConduct, history,
				null);
	}

	/** A case without history read with it. */
	public CaseFile(CaseId id, Client client, String team, String assignedTo, String status, String summary,
			Set<String> harmTypes, String perpetratorCountry, String jurisdiction, int rung, Instant openedAt,
			List<OffenceConsidered> offences, List<Task> tasks, List<Incident> incidents,
			List<Identifier> identifiers, List<ReferenceNumber> referenceNumbers, List<Escalation> escalations,
			CourseOfConduct courseOfConduct) {
		this(id, client, team, assignedTo, status, summary, harmTypes, perpetratorCountry, jurisdiction, rung,
				openedAt, offences, tasks, incidents, identifiers, referenceNumbers, escalations, courseOfConduct, null,
				null);
	}

	/** The client, with the latest recorded answer to each consent. */
	public record Client(ClientId id, String code, String name, String contact, String safeContactNotes,
			String jurisdiction, boolean doxxedAddress, boolean swattingRisk, List<Consent> consents) {

		public boolean hasConsented(ConsentKind kind) {
			return consents.stream().filter(consent -> consent.kind() == kind).findFirst().map(Consent::given)
				.orElse(false);
		}
	}

	public record Consent(ConsentKind kind, boolean given, String recordedBy, Instant recordedAt) {
	}

	public record OffenceConsidered(String offenceId, String title, String reason) {
	}

	public record Task(UUID id, String title, LocalDate dueOn, String createdBy, Instant doneAt, String doneBy) {
	}

	public record Incident(UUID id, Instant occurredAt, Instant recordedAt, String recordedBy, String platform,
			String url, String perpetratorIdentifier, String description, UUID corrects, UUID correctedBy) {
	}

	public record Identifier(UUID id, IdentifierKind kind, String platform, String value, String recordedBy,
			Instant recordedAt) {
	}

	public record ReferenceNumber(UUID id, String agency, String number, LocalDate obtainedOn, String officer,
			String contactRoute, String notes, String recordedBy, Instant recordedAt) {
	}

	public record Escalation(int fromRung, int toRung, String note, String movedBy, Instant movedAt) {
	}
}
