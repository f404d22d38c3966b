package org.falseos.casework.web.internal.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one window of dates the system accepts from outside: from 1 January 1900 to ten years ahead. Anything
 * outside is a typing slip or an attack, and far-off values do not survive the trip through PostgreSQL and JDBC
 * unchanged. Whether a date may lie in the future at all (an incident, a capture) is the owning module's rule.
 */
public final class PlausibleDates {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final int YEARS_AHEAD = 10;

	// Dates people type are UK dates.
	private static final ZoneId ZONE = ZoneId.of("Europe/London");

	private PlausibleDates() {
	}

	public static Optional<String> problem(LocalDate date) {
		return date.isBefore(EARLIEST) || date.isAfter(latest()) ? Optional.of(message()) : Optional.empty();
	}

	public static Optional<String> problem(Instant instant) {
		Instant earliest = EARLIEST.atStartOfDay(ZONE).toInstant();
		Instant end = latest().plusDays(1).atStartOfDay(ZONE).toInstant();
		return instant.isBefore(earliest) || !instant.isBefore(end) ? Optional.of(message()) : Optional.empty();
	}

	private static LocalDate latest() {
		return LocalDate.now(ZONE).plusYears(YEARS_AHEAD);
	}

	private static String message() {
		return "Give a date from 1 January 1900 to " + YEARS_AHEAD + " years ahead (" + latest() + ").";
	}
}
