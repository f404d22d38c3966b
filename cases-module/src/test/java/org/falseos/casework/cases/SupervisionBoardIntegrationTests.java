package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.SupervisionBoard.Board;
import org.falseos.casework.cases.SupervisionBoard.BoardCase;
import org.falseos.casework.cases.SupervisionBoard.Caseload;
import org.falseos.casework.cases.SupervisionBoard.Query;
import org.falseos.casework.cases.SupervisionBoard.StallReason;
import org.falseos.casework.cases.SupervisionBoard.StalledCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The supervision board over a team of its own per test, with dates written straight into the rows where a test
 * needs a case to be old. The board is read "as of" a fixed Wednesday noon (London) after today, so that this week
 * and this month have known edges; everything the tests record happens before it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class SupervisionBoardIntegrationTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The next Wednesday, at least a day away, at noon in London. */
	static final Instant NOW = LocalDate.now(LONDON).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
		.atTime(LocalTime.NOON).atZone(LONDON).toInstant();

	static final LocalDate TODAY = LocalDate.ofInstant(NOW, LONDON);

	@Autowired
	Cases cases;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	SupervisionBoard board;

	@Autowired
	JdbcClient jdbc;

	record Team(String name, Actor worker, Actor colleague, Actor supervisor) {

		static Team fresh() {
			String name = "Board-" + UUID.randomUUID().toString().substring(0, 8);
			return new Team(name, new Actor(name + "-worker", Set.of("CASEWORKER"), Set.of(name), Set.of()),
					new Actor(name + "-colleague", Set.of("CASEWORKER"), Set.of(name), Set.of()),
					new Actor(name + "-supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of(name)));
		}
	}

	@Test
	void rungsCountTheOpenCasesOfTheTeamWithTheLaddersTitlesAndDaysOnTheRung() {
		var team = Team.fresh();
		var other = Team.fresh();
		var waiting = open(team.worker(), "BR-1");
		var escalated = open(team.worker(), "BR-2");
		cases.escalate(team.worker(), escalated, 2, "Reported to the platform, no answer");
		set(escalated, "rung_since", NOW.minus(Duration.ofDays(5)));
		cases.addTask(team.worker(), escalated, "Chase the platform", TODAY.plusDays(3));
		var closed = open(team.worker(), "BR-3");
		closeAt(closed, NOW.minus(Duration.ofDays(1)));
		open(other.worker(), "BR-4");

		var read = read(team.supervisor(), null, null);

		assertThat(read.teams()).containsExactly(team.name());
		assertThat(read.rungs()).extracting(SupervisionBoard.Rung::rung)
			.containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(read.rungs()).extracting(SupervisionBoard.Rung::count)
			.containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
		// Titles are the jurisdiction's own, read through the ladder, not written into the board.
		var ladder = cases.ladderPosition(team.worker(), escalated).orElseThrow().ladder();
		assertThat(read.rungs().get(2).title()).isEqualTo(ladder.get(1).title());
		assertThat(read.rungs().get(1).title()).isEqualTo(ladder.get(0).title());
		assertThat(read.rungs().get(0).title()).isEqualTo("Not started");
		assertThat(read.rungs().get(0).cases()).extracting(BoardCase::id).containsExactly(waiting);
		BoardCase shown = read.rungs().get(2).cases().getFirst();
		assertThat(shown.id()).isEqualTo(escalated);
		assertThat(shown.clientCode()).isEqualTo("BR-2");
		assertThat(shown.caseworker()).isEqualTo(team.worker().username());
		assertThat(shown.daysOnRung()).isEqualTo(5);
		assertThat(shown.nextTaskDue()).isEqualTo(TODAY.plusDays(3));
		assertThat(shown.lastActivityAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
		assertThat(read.figures().open()).isEqualTo(2);
		// The other team's supervisor sees only theirs.
		assertThat(read(other.supervisor(), null, null).figures().open()).isEqualTo(1);
	}

	@Test
	void aRungListsItsLongestWaitingCasesUpToTheCapAndCountsThemAll() {
		var team = Team.fresh();
		List<CaseId> opened = new ArrayList<>();
		for (int i = 0; i < SupervisionBoard.CASES_PER_RUNG + 2; i++) {
			var id = open(team.worker(), "BC-" + i);
			set(id, "rung_since", NOW.minus(Duration.ofHours(100 - i)));
			opened.add(id);
		}

		var rung = read(team.supervisor(), null, null).rungs().getFirst();

		assertThat(rung.count()).isEqualTo(SupervisionBoard.CASES_PER_RUNG + 2);
		assertThat(rung.cases()).extracting(BoardCase::id)
			.containsExactlyElementsOf(opened.subList(0, SupervisionBoard.CASES_PER_RUNG));
		assertThat(board.cases(team.supervisor(), query(null, null))).hasSize(SupervisionBoard.CASES_PER_RUNG + 2);
	}

	@Test
	void stalledCasesCarryTheirFirstReasonAndWhenItBegan() {
		var team = Team.fresh();
		var noProgress = open(team.worker(), "BS-1");
		Instant lastProgress = NOW.minus(Duration.ofDays(15));
		set(noProgress, "last_progress_at", lastProgress);
		var held = open(team.worker(), "BS-2");
		Instant reached = NOW.minus(Duration.ofDays(22));
		set(held, "rung_since", reached);
		var review = open(team.colleague(), "BS-3");
		jdbc.sql("update cases.case_file set review_by = :day, last_progress_at = :old where id = :id")
			.param("day", TODAY).param("old", at(NOW.minus(Duration.ofDays(30)))).param("id", review.id()).update();
		var fresh = open(team.worker(), "BS-4");
		// Just inside both thresholds: not stalled.
		set(fresh, "last_progress_at", NOW.minus(Duration.ofDays(13)));
		set(fresh, "rung_since", NOW.minus(Duration.ofDays(20)));
		var reviewLater = open(team.worker(), "BS-5");
		jdbc.sql("update cases.case_file set review_by = :day where id = :id").param("day", TODAY.plusDays(1))
			.param("id", reviewLater.id()).update();

		var read = read(team.supervisor(), null, null);

		assertThat(read.stalled()).extracting(StalledCase::id, StalledCase::reason)
			.containsExactly(tuple(review, StallReason.REVIEW_DUE),
					tuple(noProgress, StallReason.NO_PROGRESS),
					tuple(held, StallReason.HELD_ON_RUNG));
		assertThat(read.stalled().get(0).since()).isEqualTo(TODAY.atStartOfDay(LONDON).toInstant());
		assertThat(read.stalled().get(1).since()).isEqualTo(lastProgress);
		assertThat(read.stalled().get(1).days()).isEqualTo(15);
		assertThat(read.stalled().get(2).since()).isEqualTo(reached);
		assertThat(read.stalled().get(0).clientCode()).isEqualTo("BS-3");
		assertThat(read.stalled().get(0).caseworker()).isEqualTo(team.colleague().username());
		// The review case had no progress for 30 days too: counted under both reasons, once in all.
		assertThat(read.stalledCounts().total()).isEqualTo(3);
		assertThat(read.stalledCounts().reviewDue()).isEqualTo(1);
		assertThat(read.stalledCounts().noProgress()).isEqualTo(2);
		assertThat(read.stalledCounts().heldOnRung()).isEqualTo(1);
		assertThat(read.stalledCounts().stalledAfter()).isEqualTo(Duration.ofDays(14));
		assertThat(read.caseload()).extracting(Caseload::caseworker, Caseload::stalled).containsExactly(
				tuple(team.colleague().username(), 1L),
				tuple(team.worker().username(), 2L));
		// The board's case rows say why too.
		assertThat(board.cases(team.supervisor(), query(null, null))).filteredOn(c -> c.id().equals(held))
			.extracting(BoardCase::stalled).containsExactly(StallReason.HELD_ON_RUNG);
	}

	@Test
	void caseloadCountsOpenCasesAndOverdueOpenTasksPerCaseworkerAndTheFilterKeepsOne() {
		var team = Team.fresh();
		var busy = open(team.worker(), "BL-1");
		cases.addTask(team.worker(), busy, "Overdue one", TODAY.minusDays(2));
		cases.addTask(team.worker(), busy, "Overdue two", TODAY.minusDays(1));
		cases.addTask(team.worker(), busy, "Due today", TODAY);
		var done = cases.addTask(team.worker(), busy, "Done late", TODAY.minusDays(3));
		cases.completeTask(team.worker(), busy, done);
		var withdrawn = cases.addTask(team.worker(), busy, "Withdrawn", TODAY.minusDays(3));
		corrections.withdrawTask(team.worker(), busy, withdrawn, "Added to the wrong case");
		open(team.worker(), "BL-2");
		var colleagues = open(team.colleague(), "BL-3");
		cases.addTask(team.colleague(), colleagues, "Overdue", TODAY.minusDays(5));
		var closed = open(team.colleague(), "BL-4");
		cases.addTask(team.colleague(), closed, "Left over", TODAY.minusDays(5));
		closeAt(closed, NOW.minus(Duration.ofDays(2)));

		var read = read(team.supervisor(), null, null);

		assertThat(read.caseload()).containsExactly(new Caseload(team.colleague().username(), 1, 1, 0),
				new Caseload(team.worker().username(), 2, 2, 0));
		assertThat(read.caseworkers()).containsExactly(team.colleague().username(), team.worker().username());
		var mine = read(team.supervisor(), null, team.worker().username());
		assertThat(mine.caseload()).containsExactly(new Caseload(team.worker().username(), 2, 2, 0));
		assertThat(mine.figures().open()).isEqualTo(2);
		assertThat(mine.rungs().getFirst().cases()).extracting(BoardCase::caseworker)
			.containsOnly(team.worker().username());
		// The filter's choices stay the team's caseworkers.
		assertThat(mine.caseworkers()).hasSize(2);
	}

	@Test
	void openedThisWeekAndMonthFollowTheLocalZoneAndClosedCountsTheLast30Days() {
		var team = Team.fresh();
		Instant monday = TODAY.with(DayOfWeek.MONDAY).atStartOfDay(LONDON).toInstant();
		var thisWeek = open(team.worker(), "BW-1");
		set(thisWeek, "opened_at", monday.plus(Duration.ofMinutes(30)));
		var lastSunday = open(team.worker(), "BW-2");
		set(lastSunday, "opened_at", monday.minus(Duration.ofMinutes(30)));
		var longAgo = open(team.worker(), "BW-3");
		set(longAgo, "opened_at", NOW.minus(Duration.ofDays(200)));
		closeAt(longAgo, NOW.minus(Duration.ofDays(29)));
		var closedEarlier = open(team.worker(), "BW-4");
		set(closedEarlier, "opened_at", NOW.minus(Duration.ofDays(200)));
		closeAt(closedEarlier, NOW.minus(Duration.ofDays(31)));
		Instant monthStart = TODAY.withDayOfMonth(1).atStartOfDay(LONDON).toInstant();

		var london = read(team.supervisor(), null, null).figures();
		assertThat(london.openedThisWeek()).isEqualTo(1);
		assertThat(london.openedThisMonth())
			.isEqualTo(List.of(monday.plus(Duration.ofMinutes(30)), monday.minus(Duration.ofMinutes(30))).stream()
				.filter(opened -> !opened.isBefore(monthStart)).count());
		assertThat(london.closedLast30Days()).isEqualTo(1);
		assertThat(london.open()).isEqualTo(2);
		// Sunday 23:30 in London is Monday morning in Auckland: this week there.
		var auckland = board.board(team.supervisor(), new Query(null, null, NOW, ZoneId.of("Pacific/Auckland")));
		assertThat(auckland.figures().openedThisWeek()).isEqualTo(2);
	}

	@Test
	void mediansCountDaysToClosingAndToTheFirstReferenceThatStands() {
		var team = Team.fresh();
		var tenDays = open(team.worker(), "BM-1");
		set(tenDays, "opened_at", NOW.minus(Duration.ofDays(40)));
		closeAt(tenDays, NOW.minus(Duration.ofDays(30)));
		var twentyDays = open(team.worker(), "BM-2");
		set(twentyDays, "opened_at", NOW.minus(Duration.ofDays(60)));
		closeAt(twentyDays, NOW.minus(Duration.ofDays(40)));
		var closedLongAgo = open(team.worker(), "BM-3");
		set(closedLongAgo, "opened_at", NOW.minus(Duration.ofDays(300)));
		closeAt(closedLongAgo, NOW.minus(Duration.ofDays(100)));

		assertThat(read(team.supervisor(), null, null).figures().medianDaysToFirstReference()).isNull();

		var referenced = open(team.worker(), "BM-4");
		set(referenced, "opened_at", NOW.minus(Duration.ofDays(30)));
		reference(team.worker(), referenced, "IC-1", NOW.minus(Duration.ofDays(20)));
		reference(team.worker(), referenced, "IC-2", NOW.minus(Duration.ofDays(10)));
		var withdrawnFirst = open(team.worker(), "BM-5");
		set(withdrawnFirst, "opened_at", NOW.minus(Duration.ofDays(10)));
		UUID mistaken = reference(team.worker(), withdrawnFirst, "IC-3", NOW.minus(Duration.ofDays(9)));
		corrections.withdrawReferenceNumber(team.worker(), withdrawnFirst, mistaken, "Another client's number");
		reference(team.worker(), withdrawnFirst, "IC-4", NOW.minus(Duration.ofDays(6)));

		var figures = read(team.supervisor(), null, null).figures();
		assertThat(figures.medianDaysToClose()).isEqualTo(15.0);
		// 10 days (its first, not its second) and 4 days (the withdrawn one does not count).
		assertThat(figures.medianDaysToFirstReference()).isEqualTo(7.0);
	}

	@Test
	void waitingForPoliceConsentIsWhatPoliceReleaseWouldRefuse() {
		var team = Team.fresh();
		var none = open(team.worker(), "BP-1");
		var given = open(team.worker(), "BP-2");
		cases.recordConsent(team.worker(), given, ConsentKind.POLICE, true);
		var withdrawn = open(team.worker(), "BP-3");
		cases.recordConsent(team.worker(), withdrawn, ConsentKind.POLICE, true);
		cases.recordConsent(team.worker(), withdrawn, ConsentKind.POLICE, false);
		var overridden = open(team.worker(), "BP-4");
		cases.overridePoliceConsent(team.supervisor(), overridden, "The client is in danger and cannot be reached");
		var otherKind = open(team.worker(), "BP-5");
		cases.recordConsent(team.worker(), otherKind, ConsentKind.LINKING, true);

		// none, withdrawn and otherKind.
		assertThat(read(team.supervisor(), null, null).figures().waitingForPoliceConsent()).isEqualTo(3);
		cases.recordConsent(team.worker(), none, ConsentKind.POLICE, true);
		cases.recordConsent(team.worker(), withdrawn, ConsentKind.POLICE, true);
		assertThat(read(team.supervisor(), null, null).figures().waitingForPoliceConsent()).isEqualTo(1);
		assertThat(List.of(given, overridden, otherKind)).doesNotContainNull();
	}

	@Test
	void changedByOthersCountsOpenCasesWithARecentEntryBySomeoneButTheirCaseworker() {
		var team = Team.fresh();
		var byColleague = open(team.worker(), "BO-1");
		diary(team.colleague(), byColleague);
		var bySupervisorsMove = open(team.worker(), "BO-2");
		cases.escalate(team.supervisor(), bySupervisorsMove, 1, "Reported to the police");
		var ownWork = open(team.worker(), "BO-3");
		diary(team.worker(), ownWork);
		cases.addTask(team.worker(), ownWork, "Own task", TODAY);
		var longAgo = open(team.worker(), "BO-4");
		UUID old = diary(team.colleague(), longAgo);
		jdbc.sql("update cases.incident set recorded_at = :at where id = :id")
			.param("at", at(NOW.minus(Duration.ofDays(31)))).param("id", old).update();
		var closed = open(team.worker(), "BO-5");
		diary(team.colleague(), closed);
		closeAt(closed, NOW.minus(Duration.ofDays(1)));

		assertThat(read(team.supervisor(), null, null).figures().changedByOthers()).isEqualTo(2);
	}

	@Test
	void theWeeklySeriesCountsOpenedAndClosedPerLocalWeek() {
		var team = Team.fresh();
		Instant monday = TODAY.with(DayOfWeek.MONDAY).atStartOfDay(LONDON).toInstant();
		var a = open(team.worker(), "BK-1");
		set(a, "opened_at", monday.plus(Duration.ofHours(1)));
		var b = open(team.worker(), "BK-2");
		set(b, "opened_at", monday.minus(Duration.ofDays(14)).plus(Duration.ofHours(3)));
		closeAt(b, monday.minus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
		var c = open(team.worker(), "BK-3");
		set(c, "opened_at", monday.minus(Duration.ofDays(7 * 12)));

		var weeks = read(team.supervisor(), null, null).weeks();

		assertThat(weeks).hasSize(SupervisionBoard.WEEKS);
		assertThat(weeks.getLast().starting()).isEqualTo(TODAY.with(DayOfWeek.MONDAY));
		assertThat(weeks).allSatisfy(w -> assertThat(w.starting().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
		assertThat(weeks.getLast().opened()).isEqualTo(1);
		assertThat(weeks.get(SupervisionBoard.WEEKS - 3).opened()).isEqualTo(1);
		assertThat(weeks.get(SupervisionBoard.WEEKS - 2).closed()).isEqualTo(1);
		// Twelve weeks back is before the series.
		assertThat(weeks.stream().mapToLong(SupervisionBoard.Week::opened).sum()).isEqualTo(2);
		assertThat(weeks.stream().mapToLong(SupervisionBoard.Week::closed).sum()).isEqualTo(1);
	}

	@Test
	void anEntryRecordedWithAnEarlierTimeCountsFromThatTimeNotFromNow() {
		// As the synthetic data command's COPY writes them: progress bookkeeping must not make the case look active now.
		var team = Team.fresh();
		var id = open(team.worker(), "BT-1");
		Instant opened = Instant.now().minus(Duration.ofDays(40));
		jdbc.sql("update cases.case_file set opened_at = :at, last_activity_at = :at, last_progress_at = :at where id = :id")
			.param("at", at(opened)).param("id", id.id()).update();
		// Whole milliseconds: PostgreSQL keeps microseconds and would round a nanosecond time.
		Instant recorded = Instant.now().minus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		jdbc.sql("""
				insert into cases.incident (id, case_id, occurred_at, recorded_at, recorded_by, description)
				values (:entry, :id, :at, :at, :by, 'Typed in later')
				""").param("entry", UUID.randomUUID()).param("id", id.id()).param("at", at(recorded))
			.param("by", team.worker().username()).update();

		BoardCase shown = read(team.supervisor(), null, null).rungs().getFirst().cases().getFirst();
		assertThat(shown.lastActivityAt()).isEqualTo(recorded);
		assertThat(jdbc.sql("select last_progress_at from cases.case_file where id = :id").param("id", id.id())
			.query(java.sql.Timestamp.class).single().toInstant())
			.isEqualTo(recorded);
	}

	@Test
	void anErasedClientsCaseIsNotOnTheBoard() {
		var team = Team.fresh();
		open(team.worker(), "BE-1");
		var erased = open(team.worker(), "BE-2");
		jdbc.sql("update cases.client set erased_at = now(), erased_by = 'test' where team = :team and code = 'BE-2'")
			.param("team", team.name()).update();

		var read = read(team.supervisor(), null, null);
		assertThat(read.figures().open()).isEqualTo(1);
		assertThat(read.rungs().getFirst().cases()).extracting(BoardCase::clientCode).containsExactly("BE-1");
		assertThat(board.openCaseIds(team.supervisor(), query(null, null))).doesNotContain(erased);
		assertThat(read.weeks().stream().mapToLong(SupervisionBoard.Week::opened).sum()).isEqualTo(1);
		assertThat(board.cases(team.supervisor(), query(null, null))).extracting(BoardCase::id).doesNotContain(erased);
	}

	@Test
	void onlySupervisorsOfTheTeamSeeTheBoardAndBadFiltersAreNamed() {
		var team = Team.fresh();
		var other = Team.fresh();
		open(other.worker(), "BA-1");

		assertThatThrownBy(() -> board.board(team.worker(), query(null, null))).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> board.board(Actors.COORDINATOR, query(null, null))).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> board.board(team.supervisor(), query(other.name(), null)))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> board.cases(team.supervisor(), query(other.name(), null)))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> board.board(team.supervisor(), query(" ", null)))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("team"));
		assertThatThrownBy(() -> board.board(team.supervisor(), query("x".repeat(101), null)))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("team"));
		assertThatThrownBy(() -> board.board(team.supervisor(), query(null, "x".repeat(101))))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("caseworker"));
		// A supervisor of no team yet sees an empty board, not someone else's.
		var noTeam = new Actor("board-no-team", Set.of("SUPERVISOR"), Set.of(team.name()), Set.of());
		assertThat(board.board(noTeam, query(null, null)).figures().open()).isZero();
		assertThat(board.board(noTeam, query(null, null)).rungs()).hasSize(SupervisionBoard.HIGHEST_RUNG + 1);
		assertThat(board.cases(noTeam, query(null, null))).isEmpty();
		assertThatThrownBy(() -> board.board(noTeam, query(team.name(), null))).isInstanceOf(NotPermitted.class);
		// Supervising two teams: both, or one asked for.
		var both = new Actor("board-both", Set.of("SUPERVISOR"), Set.of(), Set.of(team.name(), other.name()));
		assertThat(board.board(both, query(null, null)).teams()).containsExactlyInAnyOrder(team.name(), other.name());
		assertThat(board.board(both, query(other.name(), null)).figures().open()).isEqualTo(1);
		assertThat(board.board(both, query(team.name(), null)).figures().open()).isZero();
	}

	private Board read(Actor actor, String team, String caseworker) {
		return board.board(actor, query(team, caseworker));
	}

	static Query query(String team, String caseworker) {
		return new Query(team, caseworker, NOW, LONDON);
	}

	private CaseId open(Actor actor, String code) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null,
				Set.of("threats"), null, false, false));
	}

	private UUID diary(Actor actor, CaseId id) {
		return cases.logIncident(actor, id, new NewIncident(Instant.now().minus(Duration.ofHours(1)),
				"A message from a new account", null, null, null, null));
	}

	private UUID reference(Actor actor, CaseId id, String number, Instant recordedAt) {
		UUID reference = cases.recordReferenceNumber(actor, id, NewReferenceNumber.of("Police Scotland", number));
		jdbc.sql("update cases.reference_number set recorded_at = :at where id = :id").param("at", at(recordedAt))
			.param("id", reference).update();
		return reference;
	}

	private void set(CaseId id, String column, Instant value) {
		jdbc.sql("update cases.case_file set " + column + " = :value where id = :id").param("value", at(value))
			.param("id", id.id()).update();
	}

	private void closeAt(CaseId id, Instant closedAt) {
		jdbc.sql("update cases.case_file set status = 'CLOSED', closed_at = :at where id = :id")
			.param("at", at(closedAt)).param("id", id.id()).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
