package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the linked-victims module may read about cases, system to system: no {@link Actor}, because the linking
 * module applies its own access policy to what it shows. Only what linking needs is here: no client names or
 * contact details, no incident descriptions or URLs. Everything about an erased client is hidden.
 */
public interface CaseLinkingData {

	/** A perpetrator identifier with the value as entered, for normalising and hashing; never for display. */
	Optional<Identifier> identifier(UUID identifierId);

	Optional<ReferenceNumber> referenceNumber(UUID referenceNumberId);

	Optional<LinkableCase> linkableCase(CaseId caseId);

	/** The case's diary without private details, corrected entries left out, oldest first. */
	List<TimelineEntry> timeline(CaseId caseId);

	List<ReferenceNumber> referenceNumbers(CaseId caseId);

	/** Whether the client's latest police answer on this case is "given": a police export needs it. */
	boolean hasPoliceConsent(CaseId caseId);

	/** How far the case has gone, for a coordinator weighing a match: ladder rung and incident count and span. */
	Optional<CaseStanding> standing(CaseId caseId);

	record Identifier(UUID id, CaseId caseId, ClientId clientId, IdentifierKind kind, String platform, String value,
			String jurisdiction) {
	}

	record ReferenceNumber(UUID id, CaseId caseId, ClientId clientId, String agency, String number,
			LocalDate obtainedOn) {
	}

	/** A case as a pattern shows it: the client only by pseudonymous code, and their latest linking answer. */
	record LinkableCase(CaseId caseId, ClientId clientId, String clientCode, String team, String assignedTo,
			String jurisdiction, String perpetratorCountry, String status, LinkingConsent linkingConsent) {
	}

	/**
	 * The rung the case is on (0: not started; the title is the jurisdiction's, null when none) and its current
	 * incidents: how many, and when the first and last happened (null without incidents).
	 */
	record CaseStanding(CaseId caseId, int rung, String rungTitle, int incidents, Instant firstIncident,
			Instant lastIncident) {
	}

	record TimelineEntry(CaseId caseId, Instant occurredAt, String platform, String perpetratorIdentifier) {
	}

	/** The client's latest answer to "may we consider your case for linking with other victims?". */
	enum LinkingConsent {

		GIVEN, REFUSED, NOT_RECORDED
	}
}
