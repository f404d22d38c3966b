package org.falseos.casework.cases.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.guidance.HarmType;

/**
 * What the cases module accepts; every refusal names the field and says what would be accepted. Every free-text
 * field has a limit (the README's API section lists them); the characters themselves are the web edge's rule.
 */
final class CaseInputRules {

	static final int JURISDICTION = 60;

	static final int TEAM = 100;

	static final int HARM_TYPE = 40;

	static final int ESCALATION_NOTE = 4_000;

	static final int TASK_TITLE = 300;

	// Clocks of the caseworker's device and the server may differ a little; an hour ahead is not "a little".
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	// Dates people type are UK dates.
	private static final ZoneId UK = ZoneId.of("Europe/London");

	static final Pattern CLIENT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,39}");

	static final Pattern COUNTRY = Pattern.compile("[a-z]+(-[a-z]+)*");

	private CaseInputRules() {
	}

	static void check(NewCase request) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (request.clientCode() == null || !CLIENT_CODE.matcher(request.clientCode().strip()).matches()) {
			errors.put("clientCode", "A client code is 2 to 40 letters, digits or dashes, e.g. NC-0142 (no names).");
		}
		if (request.jurisdiction() == null || request.jurisdiction().isBlank()) {
			errors.put("jurisdiction", "Choose the client's jurisdiction.");
		}
		else if (request.jurisdiction().length() > JURISDICTION) {
			errors.put("jurisdiction", "There is no guide of that name; choose one from the list.");
		}
		text(errors, "team", request.team(), TEAM, false);
		text(errors, "summary", request.summary(), 4_000, true);
		text(errors, "clientName", request.clientName(), 200, false);
		text(errors, "clientContact", request.clientContact(), 500, false);
		text(errors, "safeContactNotes", request.safeContactNotes(), 2_000, false);
		for (String harm : request.harmTypes()) {
			if (!isHarmType(harm)) {
				errors.put("harmTypes", (harm == null || harm.length() > HARM_TYPE ? "Unknown harm type" : "Unknown harm type: " + harm)
						+ " (threats, stalking, doxxing, impersonation, extortion, fraud, defamation).");
			}
		}
		if (request.perpetratorCountry() != null && !request.perpetratorCountry().isBlank()
				&& (request.perpetratorCountry().length() > JURISDICTION
						|| !COUNTRY.matcher(request.perpetratorCountry()).matches())) {
			errors.put("perpetratorCountry", "Use the country's guide name, e.g. united-states.");
		}
		throwIfAny(errors);
	}

	static void check(NewIncident incident) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (incident.occurredAt() == null) {
			errors.put("occurredAt", "Say when it happened (ISO-8601, e.g. 2026-11-20T21:30:00Z).");
		}
		else if (incident.occurredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
			errors.put("occurredAt", "An incident cannot have happened in the future.");
		}
		text(errors, "description", incident.description(), 10_000, true);
		text(errors, "platform", incident.platform(), 100, false);
		text(errors, "perpetratorIdentifier", incident.perpetratorIdentifier(), 500, false);
		url(errors, "url", incident.url());
		throwIfAny(errors);
	}

	static void check(NewIdentifier identifier) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (identifier.kind() == null) {
			errors.put("kind", "Kind must be one of handle, url, email, phone, name, other.");
		}
		text(errors, "value", identifier.value(), 500, true);
		text(errors, "platform", identifier.platform(), 100, false);
		throwIfAny(errors);
	}

	static void check(NewReferenceNumber reference) {
		Map<String, String> errors = new LinkedHashMap<>();
		text(errors, "agency", reference.agency(), 200, true);
		text(errors, "number", reference.number(), 100, true);
		if (reference.number() != null && !reference.number().isBlank() && numberKey(reference.number()).isEmpty()) {
			errors.put("number", "A reference number needs at least one letter or digit.");
		}
		if (reference.obtainedOn() != null && reference.obtainedOn().isAfter(LocalDate.now(UK))) {
			errors.put("obtainedOn", "The date obtained cannot be in the future.");
		}
		text(errors, "officer", reference.officer(), 200, false);
		text(errors, "contactRoute", reference.contactRoute(), 500, false);
		text(errors, "notes", reference.notes(), 4_000, false);
		throwIfAny(errors);
	}

	static void checkEscalationNote(String note) {
		if (note == null || note.isBlank()) {
			throw InvalidCaseInput.of("note", "Say why the case moves on the ladder (who you spoke to, what happened).");
		}
		if (note.length() > ESCALATION_NOTE) {
			throw InvalidCaseInput.of("note", "The note is limited to " + String.format("%,d", ESCALATION_NOTE) + " characters.");
		}
	}

	static void checkOverrideReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidCaseInput.of("reason", "Say why the bundle goes to the police without the client's consent.");
		}
		if (reason.length() > ESCALATION_NOTE) {
			throw InvalidCaseInput.of("reason", "The reason is limited to " + String.format("%,d", ESCALATION_NOTE) + " characters.");
		}
	}

	static void checkTaskTitle(String title) {
		if (title == null || title.isBlank() || title.length() > TASK_TITLE) {
			throw InvalidCaseInput.of("title", "Describe the task in up to " + TASK_TITLE + " characters.");
		}
	}

	private static boolean isHarmType(String harm) {
		if (harm == null || harm.length() > HARM_TYPE) {
			return false;
		}
		try {
			HarmType.fromSlug(harm);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	/** The same reference however it is typed: upper case, letters and digits only. */
	static String numberKey(String number) {
		return number.toUpperCase().replaceAll("[^\\p{L}\\p{N}]", "");
	}

	static void text(Map<String, String> errors, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.put(field, "This field is required.");
			}
		}
		else if (value.length() > max) {
			errors.put(field, "This field is limited to " + String.format("%,d", max) + " characters.");
		}
	}

	private static void url(Map<String, String> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			var uri = URI.create(value.strip());
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
				errors.put(field, "Give the web address starting with http:// or https://.");
			}
		}
		catch (IllegalArgumentException e) {
			errors.put(field, "This is not a web address.");
		}
		if (value.length() > 2_000) {
			errors.put(field, "The address is limited to 2,000 characters.");
		}
	}

	private static void throwIfAny(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidCaseInput(errors);
		}
	}
}
