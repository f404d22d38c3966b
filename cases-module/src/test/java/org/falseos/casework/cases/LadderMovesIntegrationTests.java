package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class LadderMovesIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void aMoveFromARungTheCaseHasLeftIsRefusedAndChangesNothing() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("LM-1001", "scotland", "Two people on one case"));
		cases.escalate(NORTH_SUPERVISOR, id, 0, 2, "Supervisor phoned the station");
		var before = cases.read(NORTH_CASEWORKER, id);

		assertThatThrownBy(() -> cases.escalate(NORTH_CASEWORKER, id, 0, 1, "Caseworker saw rung 0"))
			.isInstanceOfSatisfying(StaleRung.class, stale -> assertThat(stale.currentRung()).isEqualTo(2))
			.isInstanceOf(CaseConflict.class)
			.hasMessage("Someone moved this case to rung 2 while you were looking; check and try again.");

		var after = cases.read(NORTH_CASEWORKER, id);
		assertThat(after.rung()).isEqualTo(2);
		assertThat(after.rungSince()).isEqualTo(before.rungSince());
		assertThat(after.escalations()).singleElement().satisfies(move -> {
			assertThat(move.fromRung()).isZero();
			assertThat(move.toRung()).isEqualTo(2);
		});
	}

	@Test
	void ofTwoMovesFromTheSameRungAtOnceExactlyOneWins() throws Exception {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("LM-1002", "scotland", "A race"));
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> moves = new ArrayList<>();
			for (var mover : List.of(NORTH_CASEWORKER, NORTH_SUPERVISOR)) {
				int to = mover == NORTH_CASEWORKER ? 1 : 3;
				moves.add(pool.submit(() -> {
					start.await();
					try {
						cases.escalate(mover, id, 0, to, "Moved by " + mover.username());
						return true;
					}
					catch (StaleRung stale) {
						return false;
					}
				}));
			}
			start.countDown();
			List<Boolean> won = new ArrayList<>();
			for (var move : moves) {
				won.add(move.get(30, TimeUnit.SECONDS));
			}
			assertThat(Collections.frequency(won, true)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}

		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.escalations()).singleElement()
			.satisfies(move -> assertThat(move.toRung()).isEqualTo(file.rung()));
	}

	@Test
	void theCaseRecordsWhenItReachedItsRungWithTheMove() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("LM-1003", "scotland", "Days on rung"));
		var opened = cases.read(NORTH_CASEWORKER, id);
		assertThat(opened.rungSince()).isEqualTo(opened.openedAt());

		cases.escalate(NORTH_CASEWORKER, id, 3, "Old signature: from wherever the case is");

		var moved = cases.read(NORTH_CASEWORKER, id);
		assertThat(moved.rungSince()).isEqualTo(moved.escalations().getLast().movedAt()).isAfter(opened.openedAt());
		assertThat(cases.ladderPosition(NORTH_CASEWORKER, id)).hasValueSatisfying(position -> {
			assertThat(position.rungSince()).isEqualTo(moved.rungSince());
			assertThat(position.ladder()).hasSize(position.rungs());
		});
		assertThatThrownBy(() -> cases.escalate(NORTH_CASEWORKER, id, 3, 3, "Nowhere"))
			.isInstanceOf(CaseConflict.class).isNotInstanceOf(StaleRung.class);
	}

	/** V11 on a database at V10: the last move's time, or the opening for a case never moved. */
	@Test
	void rungSinceIsBackfilledFromTheLastMoveOrTheOpening() {
		String name = "falseos_v11_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("create database " + name).update();
		try {
			String url = database.getJdbcUrl();
			int query = url.indexOf('?');
			String base = query < 0 ? url : url.substring(0, query);
			var other = new DriverManagerDataSource(base.substring(0, base.lastIndexOf('/') + 1) + name
					+ (query < 0 ? "" : url.substring(query)), database.getUsername(), database.getPassword());
			var flyway = Flyway.configure().dataSource(other).locations("classpath:db/migration/cases");
			flyway.target("10").load().migrate();
			var old = JdbcClient.create(other);
			UUID client = UUID.randomUUID();
			UUID moved = UUID.randomUUID();
			UUID unmoved = UUID.randomUUID();
			Instant opened = Instant.parse("2026-01-05T09:00:00Z");
			old.sql("insert into cases.client (id, team, code, jurisdiction, created_by) values (?, 'North', 'BF-1', 'scotland', 'c')")
				.param(client).update();
			for (UUID id : List.of(moved, unmoved)) {
				old.sql("""
						insert into cases.case_file (id, client_id, team, assigned_to, summary, jurisdiction, rung, opened_by, opened_at)
						values (?, ?, 'North', 'c', 's', 'scotland', ?, 'c', ?)
						""").params(id, client, id == moved ? 2 : 0, Timestamp.from(opened)).update();
			}
			for (int rung = 1; rung <= 2; rung++) {
				old.sql("insert into cases.escalation (id, case_id, from_rung, to_rung, note, moved_by, moved_at) values (?, ?, ?, ?, 'n', 'c', ?)")
					.params(UUID.randomUUID(), moved, rung - 1, rung, Timestamp.from(opened.plusSeconds(86_400L * rung)))
					.update();
			}

			flyway.target("11").load().migrate();

			assertThat(rungSince(old, moved)).isEqualTo(opened.plusSeconds(2 * 86_400L));
			assertThat(rungSince(old, unmoved)).isEqualTo(opened);
		}
		finally {
			jdbc.sql("drop database if exists " + name + " with (force)").update();
		}
	}

	private static Instant rungSince(JdbcClient jdbc, UUID id) {
		return jdbc.sql("select rung_since from cases.case_file where id = ?").param(id).query(Timestamp.class).single()
			.toInstant();
	}
}
