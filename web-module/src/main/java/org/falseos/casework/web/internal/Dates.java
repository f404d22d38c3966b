package org.falseos.casework.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates as people in the UK read them; used from templates as {@code @dates.date(..)}. */
@Component("dates")
public class Dates {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
			Locale.UK);

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** To the second, for short-lived things such as a sign-in pause. */
	public String dateTimeSeconds(Instant instant) {
		return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(ZONE));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
	}

	/**
	 * For {@code <time datetime>}: ISO-8601 in UTC to the second. An Instant's own form carries up to nine
	 * fractional digits, which HTML does not accept (at most three).
	 */
	public String machine(Instant instant) {
		return instant == null ? "" : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}
}
