package org.falseos.casework.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them, in the configured local time zone ({@link TimeZoneSettings}); used from templates as
 * {@code @dates.date(..)}.
 */
@Component("dates")
@EnableConfigurationProperties(TimeZoneSettings.class)
public class Dates {

	// The default zone, for the home page's "today" until it reads the configured one.
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
			Locale.UK);

	private final ZoneId zone;

	public Dates(TimeZoneSettings settings) {
		this.zone = settings.timeZone();
	}

	/** The configured local zone: what the browser's date and time inputs mean. */
	public ZoneId zone() {
		return zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** To the second, for short-lived things such as a sign-in pause. */
	public String dateTimeSeconds(Instant instant) {
		return instant == null ? "" : DATE_TIME_SECONDS.format(instant.atZone(zone));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

	/** The value a {@code datetime-local} input shows for this instant, in the local zone, to the minute. */
	public String dateTimeInput(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(zone));
	}

	/** How pages name the local time zone next to a time: "UK time" by default, else the zone's own name. */
	public String zoneName() {
		return zone.getId().equals("Europe/London") ? "UK time"
				: zone.getDisplayName(TextStyle.FULL, Locale.UK) + " (" + zone.getId() + ")";
	}

	/** For {@code <time datetime>}: UTC to the second (valid HTML: at most three fractional digits). */
	public String machine(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
