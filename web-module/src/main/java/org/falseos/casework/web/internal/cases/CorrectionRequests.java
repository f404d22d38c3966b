package org.falseos.casework.web.internal.cases;

import java.time.LocalDate;
import java.util.List;

/** JSON bodies of the corrections API; field names are a contract other clients rely on. */
final class CorrectionRequests {

	private CorrectionRequests() {
	}

	record CorrectReferenceNumber(String agency, String number, LocalDate obtainedOn, String officer,
			String contactRoute, String notes, String reason) {
	}

	record CorrectIdentifier(String kind, String platform, String value, String reason) {
	}

	record Withdrawal(String reason) {
	}

	record ChangeOffences(List<Offence> offences, String reason) {
	}

	record Offence(String offenceId, String reason) {
	}

	record CorrectClientDetails(String name, String contact, String safeContactNotes, Boolean doxxedAddress,
			Boolean swattingRisk, String reason) {
	}

	record CorrectTask(String title, LocalDate dueOn, String reason) {
	}
}
