package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.input.PlausibleDates;

/**
 * The evidence form as the page sends it: the capture time from the browser's date and time input, read in the
 * configured local time zone (falseos.time-zone) and kept as UTC; the method chosen from the list, which the page requires (the API assumes a plain file).
 * Every refusal names its field, all at once.
 */
final class CaptureForm {

	private CaptureForm() {
	}

	static CaptureMetadata read(Map<String, String> fields, boolean fileChosen, ZoneId zone) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!fileChosen) {
			errors.put("file", "Choose the file to add to the locker.");
		}
		CaptureMethod method = method(fields.get("method"), errors);
		Instant capturedAt = capturedAt(fields.get("capturedAt"), zone, errors);
		if (!errors.isEmpty()) {
			throw new InvalidCaseInput(errors);
		}
		return new CaptureMetadata(capturedAt, blank(fields.get("sourceUrl")), blank(fields.get("platform")),
				blank(fields.get("usernameShown")), method);
	}

	private static CaptureMethod method(String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.put("method", "Choose how the evidence was captured.");
			return null;
		}
		for (CaptureMethod method : CaptureMethod.values()) {
			if (method.name().equals(value.strip())) {
				return method;
			}
		}
		errors.put("method", "Choose how the evidence was captured from the list.");
		return null;
	}

	private static Instant capturedAt(String value, ZoneId zone, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDateTime local;
		try {
			local = LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.put("capturedAt", "Give the date and time it was captured, e.g. 20/11/2026 21:35.");
			return null;
		}
		var zoned = local.atZone(zone);
		// In the hour the clocks go forward such a time never happened; moving it would change what was typed.
		if (!zoned.toLocalDateTime().equals(local)) {
			errors.put("capturedAt", "That time did not exist here: the clocks went forward. Check the time.");
			return null;
		}
		Instant instant = zoned.toInstant();
		PlausibleDates.problem(instant).ifPresent(problem -> errors.put("capturedAt", problem));
		return errors.containsKey("capturedAt") ? null : instant;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
