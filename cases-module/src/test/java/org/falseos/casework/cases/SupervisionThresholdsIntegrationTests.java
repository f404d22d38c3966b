package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.SupervisionBoard.Query;
import org.falseos.casework.cases.SupervisionBoard.StallReason;
import org.falseos.casework.cases.SupervisionBoard.StalledCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/** The stalled tests use the organisation's thresholds as configured, not the defaults (14 and 21 days). */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "falseos.supervision.stalled-after=3d", "falseos.supervision.rung-review-after=5d" })
class SupervisionThresholdsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	SupervisionBoard board;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfiguredThresholdsDecideWhatIsStalled() {
		String team = "Thresholds-" + UUID.randomUUID().toString().substring(0, 8);
		var worker = new Actor(team + "-worker", Set.of("CASEWORKER"), Set.of(team), Set.of());
		var supervisor = new Actor(team + "-supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of(team));
		Instant now = Instant.now();
		var quiet = open(worker, "TQ-1");
		set(quiet, "last_progress_at", now.minus(Duration.ofDays(4)));
		var held = open(worker, "TQ-2");
		set(held, "rung_since", now.minus(Duration.ofDays(6)));
		var recent = open(worker, "TQ-3");
		set(recent, "last_progress_at", now.minus(Duration.ofDays(2)));
		set(recent, "rung_since", now.minus(Duration.ofDays(4)));

		var read = board.board(supervisor, new Query(null, null, now, ZoneId.of("Europe/London")));

		// With the defaults none of these would be stalled.
		assertThat(read.stalled()).extracting(StalledCase::id, StalledCase::reason).containsExactly(
				org.assertj.core.api.Assertions.tuple(quiet, StallReason.NO_PROGRESS),
				org.assertj.core.api.Assertions.tuple(held, StallReason.HELD_ON_RUNG));
		assertThat(read.stalledCounts().stalledAfter()).isEqualTo(Duration.ofDays(3));
		assertThat(read.stalledCounts().rungReviewAfter()).isEqualTo(Duration.ofDays(5));
	}

	private CaseId open(Actor actor, String code) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null,
				Set.of("threats"), null, false, false));
	}

	private void set(CaseId id, String column, Instant value) {
		jdbc.sql("update cases.case_file set " + column + " = :value where id = :id")
			.param("value", value.atOffset(ZoneOffset.UTC)).param("id", id.id()).update();
	}
}
