package org.falseos.casework.cases.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.falseos.casework.cases.synthetic.SyntheticWorld.CaseSketch;
import org.junit.jupiter.api.Test;

/**
 * The shape of the synthetic world for a fixed seed and a fixed "today", without a database: what the supervision
 * board will show of it. The database side (the rows and the kept columns) is in
 * {@link SyntheticCasesIntegrationTests}.
 */
class SyntheticWorldTests {

	static final Instant NOW = Instant.parse("2026-12-02T10:15:00Z");

	static final List<CaseSketch> CASES = sketches(new SyntheticWorld(20_000, 1, 0, 0, NOW), 20_000);

	static final List<CaseSketch> OPEN = CASES.stream().filter(CaseSketch::open).toList();

	@Test
	void theSameSeedAndDayMakeTheSameWorldAndAnotherSeedAnother() {
		assertThat(sketches(new SyntheticWorld(20_000, 1, 0, 0, NOW), 300)).isEqualTo(CASES.subList(0, 300));
		var other = sketches(new SyntheticWorld(20_000, 2, 0, 0, NOW), 300);
		assertThat(IntStream.range(0, 300).filter(i -> other.get(i).openedAt().equals(CASES.get(i).openedAt())))
			.isEmpty();
	}

	@Test
	void openCasesSpreadOverEveryRungMostLowFewHigh() {
		long[] perRung = new long[9];
		OPEN.forEach(c -> perRung[c.rung()]++);

		assertThat(OPEN.size()).isBetween(CASES.size() / 6, CASES.size() / 3);
		assertThat(list(perRung)).allSatisfy(count -> assertThat(count).isPositive());
		assertThat(perRung[0] + perRung[1] + perRung[2]).as("rungs 0-2 of %s", list(perRung)).isGreaterThan(OPEN.size() / 2);
		assertThat(perRung[7] + perRung[8]).isLessThan(OPEN.size() / 10);
		for (int rung = 1; rung < 9; rung++) {
			assertThat(perRung[rung]).as("rung %d of %s", rung, list(perRung)).isLessThanOrEqualTo(perRung[rung - 1]);
		}
	}

	@Test
	void aboutOneOpenCaseInTenHasStalledAndSomeAreHeldOnTheirRung() {
		Instant stalledBefore = NOW.minus(Duration.ofDays(14));
		long stalled = OPEN.stream().filter(c -> c.lastProgressAt().isBefore(stalledBefore)).count();
		long held = OPEN.stream().filter(c -> c.rungSince().isBefore(NOW.minus(Duration.ofDays(21)))).count();
		long moving = OPEN.stream().filter(c -> !c.lastProgressAt().isBefore(NOW.minus(Duration.ofDays(13)))).count();

		assertThat(stalled * 100.0 / OPEN.size()).isBetween(8.0, 13.0);
		assertThat(moving + stalled).isEqualTo(OPEN.size());
		assertThat(held * 100.0 / OPEN.size()).isBetween(20.0, 70.0);
	}

	@Test
	void everyOneOfTheLastTwelveWeeksHasOpeningsAndClosingsInAShape() {
		Instant week0 = NOW.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant()
			.minus(Duration.ofDays(7L * 12));
		long[] opened = new long[12];
		long[] closed = new long[12];
		for (var c : CASES) {
			// Today's few hours count with the last week.
			if (!c.openedAt().isBefore(week0)) {
				opened[(int) Math.min(11, Duration.between(week0, c.openedAt()).toDays() / 7)]++;
			}
			if (c.closedAt() != null && !c.closedAt().isBefore(week0)) {
				closed[(int) Math.min(11, Duration.between(week0, c.closedAt()).toDays() / 7)]++;
			}
		}

		assertThat(list(opened)).as("opened per week").allSatisfy(n -> assertThat(n).isGreaterThan(100));
		assertThat(list(closed)).as("closed per week").allSatisfy(n -> assertThat(n).isGreaterThan(50));
		// A shape, not a flat line: the busiest week has at least a fifth more openings than the quietest.
		// A shape, not a line: a quiet spell, a week with a fifth fewer openings than the busiest before and after it.
		assertThat(IntStream.range(1, 11).filter(k -> opened[k] * 12 < max(Arrays.copyOfRange(opened, 0, k)) * 10
				&& opened[k] * 12 < max(Arrays.copyOfRange(opened, k + 1, 12)) * 10))
			.as("openings per week %s", list(opened)).isNotEmpty();
		// Openings span about 18 months and nothing lies in the future.
		assertThat(CASES).allSatisfy(c -> assertThat(c.openedAt()).isBetween(NOW.minus(Duration.ofDays(549)), NOW));
		assertThat(CASES.stream().map(CaseSketch::openedAt).min(Instant::compareTo).orElseThrow())
			.isBefore(NOW.minus(Duration.ofDays(500)));
	}

	@Test
	void supervisionLeavesItsTracesOnAFewCases() {
		long closed = CASES.size() - OPEN.size();
		long pending = count(OPEN, c -> c.closureRequests().stream().anyMatch(r -> r.state().equals("PENDING")));
		long rejectedThenApproved = count(CASES, c -> c.closureRequests().size() == 2
				&& c.closureRequests().getFirst().state().equals("REJECTED"));
		long reopened = count(CASES, c -> !c.reopenings().isEmpty());
		long reassigned = count(CASES, c -> !c.reassignments().isEmpty());
		long noted = count(OPEN, c -> !c.notes().isEmpty());
		long reviewSoon = count(OPEN, c -> c.reviewBy() != null
				&& c.reviewBy().isAfter(NOW.atZone(ZoneOffset.UTC).toLocalDate()));
		long reviewPassed = count(OPEN, c -> c.reviewBy() != null
				&& !c.reviewBy().isAfter(NOW.atZone(ZoneOffset.UTC).toLocalDate()));

		assertThat(pending * 100.0 / OPEN.size()).isBetween(2.0, 6.0);
		assertThat(rejectedThenApproved * 100.0 / closed).isBetween(4.0, 10.0);
		assertThat(reopened).isPositive().isLessThan(CASES.size() / 20);
		assertThat(reassigned * 100.0 / CASES.size()).isBetween(4.0, 8.0);
		assertThat(noted * 100.0 / OPEN.size()).isBetween(4.0, 12.0);
		assertThat(reviewSoon).isPositive();
		assertThat(reviewPassed).isPositive();
		assertThat(Supervision.OUTCOMES).allSatisfy(outcome -> assertThat(
				CASES.stream().filter(c -> outcome.equals(c.closureOutcome())).count()).isPositive());
	}

	@Test
	void everyTextIsObviouslySynthetic() {
		assertThat(CASES).allSatisfy(c -> {
			assertThat(c.summary()).startsWith("Synthetic: ");
			c.closureRequests().forEach(r -> assertThat(List.of(r.reason(), String.valueOf(r.comment())))
				.allSatisfy(text -> assertThat(text).matches("Synthetic: .*|null")));
			c.notes().forEach(n -> assertThat(n.note()).startsWith("Synthetic note: "));
		});
		assertThat(Supervision.REASSIGNMENT_REASON).startsWith("Synthetic: ");
		assertThat(Supervision.REOPENING_REASON).startsWith("Synthetic: ");
	}

	private static List<CaseSketch> sketches(SyntheticWorld world, int first) {
		return IntStream.range(0, first).mapToObj(world::caseNumber).toList();
	}

	private static long count(List<CaseSketch> cases, Predicate<CaseSketch> test) {
		return cases.stream().filter(test).count();
	}

	private static List<Long> list(long[] values) {
		return Arrays.stream(values).boxed().toList();
	}

	private static long max(long[] values) {
		return Arrays.stream(values).max().orElseThrow();
	}
}
