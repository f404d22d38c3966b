package org.falseos.casework.web.internal.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long records are kept before a scheduled job removes them ({@code falseos.retention.*}).
 *
 * @param signIns how long sign-in audit entries are kept, as a period ({@code 1y}, {@code 6m}, {@code 90d},
 * {@code P1Y}): at least a week, because the database never lets younger entries go (web/V3), and at most 100
 * years
 */
@ConfigurationProperties("falseos.retention")
record RetentionSettings(@DefaultValue("1y") Period signIns) {

	RetentionSettings {
		if (signIns == null || signIns.isNegative() || !within(signIns, Period.ofDays(7), Period.ofYears(100))) {
			throw new IllegalArgumentException("falseos.retention.sign-ins must be a period of at least 7 days and "
					+ "at most 100 years (e.g. 1y, 6m or 90d), not " + signIns);
		}
	}

	// Measured from a fixed day; no month is as short as a week, so the lower bound does not depend on which day.
	private static boolean within(Period period, Period shortest, Period longest) {
		LocalDate from = LocalDate.of(2000, 1, 1);
		try {
			LocalDate to = from.plus(period);
			return !to.isBefore(from.plus(shortest)) && !to.isAfter(from.plus(longest));
		}
		catch (DateTimeException | ArithmeticException beyondAnyCalendar) {
			return false;
		}
	}
}
