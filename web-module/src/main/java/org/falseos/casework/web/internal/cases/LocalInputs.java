package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.Dates;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.stereotype.Component;

/**
 * What the browser's date and time inputs send, read in the configured local time zone and turned into UTC
 * instants; a value that is not a date is refused naming its field, never guessed.
 */
@Component
class LocalInputs {

	private final Dates dates;

	LocalInputs(Dates dates) {
		this.dates = dates;
	}

	/** A {@code datetime-local} value ({@code 2026-11-20T21:30}) in the local zone; null when left empty. */
	Instant dateTime(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant instant;
		try {
			instant = LocalDateTime.parse(value.strip()).atZone(dates.zone()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of(field, "Give the date and time, for example 20 November 2026, 21:30.");
		}
		PlausibleDates.problem(instant).ifPresent(problem -> {
			throw InvalidCaseInput.of(field, problem);
		});
		return instant;
	}

	/** A {@code date} value ({@code 2026-11-20}); null when left empty. */
	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of(field, "Give a date, for example 20 November 2026.");
		}
		PlausibleDates.problem(date).ifPresent(problem -> {
			throw InvalidCaseInput.of(field, problem);
		});
		return date;
	}

	LocalDate today() {
		return LocalDate.now(dates.zone());
	}

	static UUID entry(String value, String field, String message) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw InvalidCaseInput.of(field, message);
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
