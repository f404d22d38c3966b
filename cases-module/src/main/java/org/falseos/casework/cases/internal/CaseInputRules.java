package org.falseos.casework.cases.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.guidance.HarmType;

/** What the cases module accepts; every refusal names the field and says what would be accepted. */
final class CaseInputRules {

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
		text(errors, "summary", request.summary(), 4_000, true);
		text(errors, "clientName", request.clientName(), 200, false);
		text(errors, "clientContact", request.clientContact(), 500, false);
		text(errors, "safeContactNotes", request.safeContactNotes(), 2_000, false);
		for (String harm : request.harmTypes()) {
			try {
				HarmType.fromSlug(harm);
			}
			catch (IllegalArgumentException e) {
				errors.put("harmTypes", e.getMessage() + " (threats, stalking, doxxing, impersonation, extortion, fraud, defamation).");
			}
		}
		if (request.perpetratorCountry() != null && !request.perpetratorCountry().isBlank()
				&& !COUNTRY.matcher(request.perpetratorCountry()).matches()) {
			errors.put("perpetratorCountry", "Use the country's guide name, e.g. united-states.");
		}
		throwIfAny(errors);
	}

	static void check(NewIncident incident) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (incident.occurredAt() == null) {
			errors.put("occurredAt", "Say when it happened (ISO-8601, e.g. 2026-11-20T21:30:00Z).");
		}
		else if (incident.occurredAt().isAfter(Instant.now().plus(1, ChronoUnit.HOURS))) {
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
		if (reference.obtainedOn() != null && reference.obtainedOn().isAfter(LocalDate.now().plusDays(1))) {
			errors.put("obtainedOn", "The date obtained cannot be in the future.");
		}
		text(errors, "officer", reference.officer(), 200, false);
		text(errors, "contactRoute", reference.contactRoute(), 500, false);
		text(errors, "notes", reference.notes(), 4_000, false);
		throwIfAny(errors);
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
