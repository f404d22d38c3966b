package org.falseos.casework.web.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PlausibleDatesTests {

	@Test
	void datesFrom1900ToTenYearsAheadAreAccepted() {
		assertThat(PlausibleDates.problem(LocalDate.of(1900, 1, 1))).isEmpty();
		assertThat(PlausibleDates.problem(LocalDate.now().plusYears(10).minusDays(1))).isEmpty();
		assertThat(PlausibleDates.problem(Instant.parse("1950-06-01T12:00:00Z"))).isEmpty();
	}

	@Test
	void datesOutsideTheWindowAreRefusedWithTheWindowInTheMessage() {
		for (LocalDate date : new LocalDate[] { LocalDate.of(1899, 12, 31), LocalDate.of(-5000, 1, 1),
				LocalDate.now().plusYears(10).plusDays(2), LocalDate.MAX }) {
			assertThat(PlausibleDates.problem(date)).as(date.toString())
				.hasValueSatisfying(problem -> assertThat(problem).contains("1 January 1900").contains("10 years ahead"));
		}
		for (Instant instant : new Instant[] { Instant.parse("-5000-01-01T00:00:00Z"), Instant.parse("1800-01-01T00:00:00Z"),
				Instant.parse("3000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX }) {
			assertThat(PlausibleDates.problem(instant)).as(instant.toString()).isPresent();
		}
	}
}
