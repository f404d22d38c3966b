package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.NewCase;

/** JSON bodies of the case API; field names are a contract other clients rely on. */
final class CaseRequests {

	private CaseRequests() {
	}

	record OpenCase(String clientCode, String jurisdiction, String summary, String team, String clientName,
			String clientContact, String safeContactNotes, Set<String> harmTypes, String perpetratorCountry,
			Boolean doxxedAddress, Boolean swattingRisk) {

		NewCase toNewCase() {
			return new NewCase(clientCode, jurisdiction, summary, team, clientName, clientContact, safeContactNotes,
					harmTypes, perpetratorCountry, Boolean.TRUE.equals(doxxedAddress), Boolean.TRUE.equals(swattingRisk));
		}
	}

	record LogIncident(Instant occurredAt, String description, String platform, String url,
			String perpetratorIdentifier, UUID corrects) {
	}

	record RecordIdentifier(String kind, String platform, String value) {
	}

	record RecordReferenceNumber(String agency, String number, LocalDate obtainedOn, String officer,
			String contactRoute, String notes) {
	}

	record RecordConsent(String kind, Boolean given) {
	}

	record OverridePoliceConsent(String reason) {
	}

	/** {@code fromRung}, the rung the client last saw, makes the move refuse (409) if someone moved the case since. */
	record Escalate(Integer rung, Integer fromRung, String note) {
	}

	record AddTask(String title, LocalDate dueOn) {
	}

	/** {@code reason} is optional; it is kept with the case's reassignment history. */
	record Reassign(String caseworker, String reason) {
	}

	record MoveToTeam(String team, String caseworker, String reason) {
	}

	/** {@code reviewBy} (optional) becomes the case's review date; {@code reviewDone} clears it instead. */
	record AddSupervisionNote(String note, LocalDate reviewBy, Boolean reviewDone) {
	}
}
