package org.falseos.casework.cases.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.SupervisionBoard;
import org.falseos.casework.cases.ladder.Ladder;
import org.falseos.casework.guidance.GuidanceItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board in a few statements over the teams' open cases, each an index-only scan of
 * {@code case_file_team_board_idx} (V14) or of the opened/closed indexes: counts per caseworker and rung with the
 * stalled tests, then only the rows shown (25 a rung, 50 stalled) joined to their client codes, then the figures.
 * Cases of an erased client are left out, as everywhere else.
 */
@Service
@Transactional(readOnly = true)
class BoardRows implements SupervisionBoard {

	// Longest caseworker name the cases module accepts (CaseInputRules.CASEWORKER); longer cannot match anyone.
	private static final int CASEWORKER = 100;

	// Longer than any team name; such a team is a bad parameter, not one the supervisor happens not to supervise.
	private static final int TEAM = 100;

	private static final Duration LAST_30_DAYS = Duration.ofDays(30);

	private static final Duration LAST_90_DAYS = Duration.ofDays(90);

	private static final String NOT_ERASED = "c.client_id not in (select e.id from cases.client e where e.erased_at is not null)";

	private static final String REVIEW_DUE = "c.review_by <= :today";

	private static final String NO_PROGRESS = "c.last_progress_at < :stalledBefore";

	private static final String HELD = "c.rung_since < :heldBefore";

	private final JdbcClient jdbc;

	private final Ladder ladder;

	private final SupervisionSettings settings;

	BoardRows(JdbcClient jdbc, Ladder ladder, SupervisionSettings settings) {
		this.jdbc = jdbc;
		this.ladder = ladder;
		this.settings = settings;
	}

	@Override
	public Board board(Actor actor, Query query) {
		Scope scope = scope(actor, query);
		if (scope.teams().isEmpty()) {
			return empty(scope);
		}
		// Per caseworker, rung and jurisdiction: a few hundred rows that give the rung counts, the caseloads, the
		// stalled counts and which ladders to title the rungs from.
		record Group(String caseworker, int rung, String jurisdiction, long open, long stalled, long reviewDue,
				long noProgress, long held) {
		}
		var groups = scope.params(jdbc.sql("""
				select c.assigned_to, c.rung, c.jurisdiction, count(*) as open,
				       count(*) filter (where %1$s or %2$s or %3$s) as stalled,
				       count(*) filter (where %1$s) as review_due, count(*) filter (where %2$s) as no_progress,
				       count(*) filter (where %3$s) as held
				from cases.case_file c where %4$s
				group by c.assigned_to, c.rung, c.jurisdiction
				""".formatted(REVIEW_DUE, NO_PROGRESS, HELD, scope.open())))
			.query((rs, row) -> new Group(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
			.list();
		Map<Integer, Long> perRung = new TreeMap<>();
		Map<String, long[]> perCaseworker = new TreeMap<>();
		Set<String> jurisdictions = new TreeSet<>();
		long stalled = 0, reviewDue = 0, noProgress = 0, held = 0;
		for (var group : groups) {
			perRung.merge(group.rung(), group.open(), Long::sum);
			var load = perCaseworker.computeIfAbsent(group.caseworker(), name -> new long[3]);
			load[0] += group.open();
			load[2] += group.stalled();
			jurisdictions.add(group.jurisdiction());
			stalled += group.stalled();
			reviewDue += group.reviewDue();
			noProgress += group.noProgress();
			held += group.held();
		}
		scope.params(jdbc.sql("""
				select c.assigned_to, count(*) from cases.case_file c
				join cases.task t on t.case_id = c.id and t.done_at is null and t.retracted_at is null and t.due_on < :today
				where %s and c.next_task_due < :today
				group by c.assigned_to
				""".formatted(scope.open()))).query((rs, row) -> {
			perCaseworker.computeIfAbsent(rs.getString(1), name -> new long[3])[1] = rs.getLong(2);
			return null;
		}).list();
		var caseload = perCaseworker.entrySet().stream()
			.map(e -> new Caseload(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();

		int highest = Math.max(HIGHEST_RUNG, perRung.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
		Map<Integer, List<BoardCase>> shown = new HashMap<>();
		for (var row : shownOnRungs(scope)) {
			shown.computeIfAbsent(row.rung(), r -> new ArrayList<>()).add(row);
		}
		var titles = titles(jurisdictions);
		var rungs = new ArrayList<Rung>();
		for (int rung = 0; rung <= highest; rung++) {
			rungs.add(new Rung(rung, titles.getOrDefault(rung, rung == 0 ? "Not started" : "Rung " + rung),
					perRung.getOrDefault(rung, 0L), shown.getOrDefault(rung, List.of())));
		}
		return new Board(scope.teams(), caseworkers(scope), rungs, stalledShown(scope),
				new StalledCounts(stalled, reviewDue, noProgress, held, settings.stalledAfter(),
						settings.rungReviewAfter()), caseload, figures(scope), weeks(scope));
	}

	@Override
	public List<BoardCase> cases(Actor actor, Query query) {
		Scope scope = scope(actor, query);
		if (scope.teams().isEmpty()) {
			return List.of();
		}
		return scope.params(jdbc.sql("""
				select c.id, cl.code, c.assigned_to, c.team, c.rung, c.rung_since, c.last_activity_at, c.next_task_due,
				       %s as reason
				from cases.case_file c join cases.client cl on cl.id = c.client_id
				where %s
				order by c.rung, c.rung_since, c.id
				""".formatted(reason(), scope.open()))).query((rs, row) -> boardCase(rs, scope)).list();
	}

	@Override
	public List<CaseId> openCaseIds(Actor actor, Query query) {
		Scope scope = scope(actor, query);
		if (scope.teams().isEmpty()) {
			return List.of();
		}
		return scope.params(jdbc.sql("select c.id from cases.case_file c where " + scope.open()))
			.query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).list();
	}

	/** A supervisor who supervises no team yet: the board's shape, with nothing on it. */
	private Board empty(Scope scope) {
		var rungs = new ArrayList<Rung>();
		for (int rung = 0; rung <= HIGHEST_RUNG; rung++) {
			rungs.add(new Rung(rung, rung == 0 ? "Not started" : "Rung " + rung, 0, List.of()));
		}
		LocalDate monday = scope.query().today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var weeks = new ArrayList<Week>();
		for (int week = WEEKS - 1; week >= 0; week--) {
			weeks.add(new Week(monday.minusWeeks(week), 0, 0));
		}
		return new Board(List.of(), List.of(), rungs, List.of(),
				new StalledCounts(0, 0, 0, 0, settings.stalledAfter(), settings.rungReviewAfter()), List.of(),
				new Figures(0, 0, 0, 0, 0, null, null, 0), weeks);
	}

	/** Who may see which board: a supervisor, of the team asked for or of all the teams they supervise. */
	private Scope scope(Actor actor, Query query) {
		if (!actor.isSupervisor()) {
			throw new NotPermitted("Only a supervisor can see the supervision board.");
		}
		if (query.team() != null && (query.team().isBlank() || query.team().length() > TEAM)) {
			throw InvalidCaseInput.of("team", "Choose a team you supervise, or leave the team out for all of them.");
		}
		if (query.caseworker() != null && (query.caseworker().isBlank() || query.caseworker().length() > CASEWORKER)) {
			throw InvalidCaseInput.of("caseworker", "Choose a caseworker from the list, or leave it out for all of them.");
		}
		if (query.team() != null && !actor.supervisedTeams().contains(query.team())) {
			throw new NotPermitted("You do not supervise the team " + query.team() + ".");
		}
		List<String> teams = query.team() != null ? List.of(query.team()) : List.copyOf(new TreeSet<>(actor.supervisedTeams()));
		return new Scope(teams, query, settings);
	}

	private record Scope(List<String> teams, Query query, SupervisionSettings settings) {

		/** The board's open cases (index-only on case_file_team_board_idx, less the erased clients' few). */
		String open() {
			return "c.team in (:teams) and c.status = 'OPEN' and " + NOT_ERASED
					+ (query.caseworker() == null ? "" : " and c.assigned_to = :caseworker");
		}

		/** Every case of the board's teams and caseworker, open or closed. */
		String all() {
			return "c.team in (:teams) and " + NOT_ERASED
					+ (query.caseworker() == null ? "" : " and c.assigned_to = :caseworker");
		}

		JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql) {
			Instant now = query.now();
			return sql.param("teams", teams).param("caseworker", query.caseworker())
				.param("today", query.today())
				.param("stalledBefore", at(now.minus(settings.stalledAfter())))
				.param("heldBefore", at(now.minus(settings.rungReviewAfter())))
				.param("zone", query.zone().getId());
		}
	}

	/** The first reason a case is stalled for, in the order of {@link StallReason}; null if none. */
	private static String reason() {
		return "case when %s then 'REVIEW_DUE' when %s then 'NO_PROGRESS' when %s then 'HELD_ON_RUNG' end"
			.formatted(REVIEW_DUE, NO_PROGRESS, HELD);
	}

	/** The longest-waiting {@value #CASES_PER_RUNG} of each rung, from the index in rung order. */
	private List<BoardCase> shownOnRungs(Scope scope) {
		return scope.params(jdbc.sql("""
				with shown as materialized (
				  select * from (select c.id, c.client_id, c.assigned_to, c.team, c.rung, c.rung_since,
				                        c.last_activity_at, c.next_task_due, %s as reason,
				                        row_number() over (partition by c.rung order by c.rung_since, c.id) as place
				                 from cases.case_file c where %s) ranked
				  where ranked.place <= :shown)
				-- The client codes of the rows shown only, one key look-up each (not a pass over every client).
				select s.id, (select cl.code from cases.client cl where cl.id = s.client_id) as code, s.assigned_to,
				       s.team, s.rung, s.rung_since, s.last_activity_at, s.next_task_due, s.reason
				from shown s
				order by s.rung, s.rung_since, s.id
				""".formatted(reason(), scope.open()))).param("shown", CASES_PER_RUNG)
			.query((rs, row) -> boardCase(rs, scope)).list();
	}

	private List<StalledCase> stalledShown(Scope scope) {
		String since = "case when %s then cast(c.review_by as timestamp) at time zone :zone when %s then c.last_progress_at else c.rung_since end"
			.formatted(REVIEW_DUE, NO_PROGRESS);
		return scope.params(jdbc.sql("""
				select s.id, cl.code, s.assigned_to, s.reason, s.since
				from (select c.id, c.client_id, c.assigned_to, %s as reason, %s as since from cases.case_file c
				      where %s and (%s or %s or %s)
				      order by case when %s then 0 when %s then 1 else 2 end, since, c.id
				      limit :shown) s
				join cases.client cl on cl.id = s.client_id
				order by case s.reason when 'REVIEW_DUE' then 0 when 'NO_PROGRESS' then 1 else 2 end, s.since, s.id
				""".formatted(reason(), since, scope.open(), REVIEW_DUE, NO_PROGRESS, HELD, REVIEW_DUE, NO_PROGRESS)))
			.param("shown", STALLED_SHOWN)
			.query((rs, row) -> {
				Instant at = rs.getTimestamp("since").toInstant();
				return new StalledCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("code"),
						rs.getString("assigned_to"), StallReason.valueOf(rs.getString("reason")), at,
						days(at, scope.query()));
			})
			.list();
	}

	private List<String> caseworkers(Scope scope) {
		// The filter's choices: everyone with open cases in the teams, whichever caseworker is chosen now.
		return jdbc.sql("""
				select distinct c.assigned_to from cases.case_file c where c.team in (:teams) and c.status = 'OPEN'
				order by c.assigned_to
				""").param("teams", scope.teams()).query(String.class).list();
	}

	private Figures figures(Scope scope) {
		var query = scope.query();
		LocalDate today = query.today();
		Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(query.zone())
			.toInstant();
		Instant monthStart = today.withDayOfMonth(1).atStartOfDay(query.zone()).toInstant();
		Instant now = query.now();
		String all = scope.all();
		String open = scope.open();
		return scope.params(jdbc.sql("""
				select
				  (select count(*) from cases.case_file c where %1$s) as open,
				  (select count(*) from cases.case_file c where %2$s and c.opened_at >= :weekStart) as opened_week,
				  (select count(*) from cases.case_file c where %2$s and c.opened_at >= :monthStart) as opened_month,
				  (select count(*) from cases.case_file c where %2$s and c.status = 'CLOSED' and c.closed_at >= :last30)
				    as closed_30,
				  (select percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400)
				   from cases.case_file c where %2$s and c.status = 'CLOSED' and c.closed_at >= :last90) as to_close,
				  (select percentile_cont(0.5) within group (order by extract(epoch from r.recorded_at - c.opened_at) / 86400)
				   from cases.reference_number r join cases.case_file c on c.id = r.case_id
				   where r.recorded_at >= :last90 and r.retracted_at is null and %2$s
				     and not exists (select 1 from cases.reference_number f where f.case_id = r.case_id
				                     and f.retracted_at is null and (f.recorded_at, f.id) < (r.recorded_at, r.id)))
				    as to_reference,
				  (select count(*) from cases.case_file c where %1$s
				     and c.id not in (select o.case_id from cases.police_consent_override o where o.used_at is null)
				     and c.id not in (select k.case_id from (select distinct on (k.case_id) k.case_id, k.given
				                                             from cases.consent k where k.kind = 'POLICE'
				                                             order by k.case_id, k.recorded_at desc, k.id) k
				                      where k.given)) as waiting_police,
				  (select count(*) from cases.case_file c where %1$s and c.last_activity_at >= :last30 and (
				     exists (select 1 from cases.incident i where i.case_id = c.id and i.recorded_at >= :last30
				             and i.recorded_by <> c.assigned_to)
				     or exists (select 1 from cases.escalation e where e.case_id = c.id and e.moved_at >= :last30
				                and e.moved_by <> c.assigned_to)
				     or exists (select 1 from cases.reference_number r where r.case_id = c.id and r.recorded_at >= :last30
				                and r.recorded_by <> c.assigned_to)
				     or exists (select 1 from cases.task t where t.case_id = c.id
				                and (t.created_at >= :last30 and t.created_by <> c.assigned_to
				                     or t.done_at >= :last30 and t.done_by <> c.assigned_to)))) as changed_by_others
				""".formatted(open, all)))
			.param("weekStart", at(weekStart)).param("monthStart", at(monthStart))
			.param("last30", at(now.minus(LAST_30_DAYS))).param("last90", at(now.minus(LAST_90_DAYS)))
			.query((rs, row) -> new Figures(rs.getLong("open"), rs.getLong("opened_week"), rs.getLong("opened_month"),
					rs.getLong("closed_30"), rs.getLong("changed_by_others"), median(rs, "to_close"),
					median(rs, "to_reference"), rs.getLong("waiting_police")))
			.single();
	}

	private List<Week> weeks(Scope scope) {
		var query = scope.query();
		LocalDate thisWeek = query.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(WEEKS - 1);
		Map<LocalDate, long[]> counts = new LinkedHashMap<>();
		for (int week = 0; week < WEEKS; week++) {
			counts.put(first.plusWeeks(week), new long[2]);
		}
		OffsetDateTime from = at(first.atStartOfDay(query.zone()).toInstant());
		// date_trunc('week') starts weeks on Monday, in the local zone as the board's other dates.
		scope.params(jdbc.sql("""
				select 0 as kind, cast(date_trunc('week', c.opened_at at time zone :zone) as date) as week, count(*)
				from cases.case_file c where %1$s and c.opened_at >= :from group by 2
				union all
				select 1, cast(date_trunc('week', c.closed_at at time zone :zone) as date), count(*)
				from cases.case_file c where %1$s and c.status = 'CLOSED' and c.closed_at >= :from group by 2
				""".formatted(scope.all()))).param("from", from).query((rs, row) -> {
			var week = counts.get(rs.getDate("week").toLocalDate());
			if (week != null) {
				week[rs.getInt("kind")] = rs.getLong(3);
			}
			return null;
		}).list();
		return counts.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	/** Rung titles from the ladders of the cases' jurisdictions; where they differ, the rung names them all. */
	private Map<Integer, String> titles(Set<String> jurisdictions) {
		Map<Integer, Set<String>> titles = new TreeMap<>();
		for (String jurisdiction : jurisdictions) {
			List<GuidanceItem> rungs = ladder.rungs(jurisdiction);
			for (int i = 0; i < rungs.size(); i++) {
				var number = rungs.get(i).content().rung();
				titles.computeIfAbsent(number != null ? number.number() : i + 1, n -> new TreeSet<>())
					.add(rungs.get(i).title());
			}
		}
		Map<Integer, String> joined = new HashMap<>();
		titles.forEach((rung, names) -> joined.put(rung, String.join(" / ", names)));
		return joined;
	}

	private static BoardCase boardCase(ResultSet rs, Scope scope) throws SQLException {
		Instant since = rs.getTimestamp("rung_since").toInstant();
		String reason = rs.getString("reason");
		var due = rs.getDate("next_task_due");
		return new BoardCase(new CaseId(rs.getObject("id", UUID.class)), rs.getString("code"),
				rs.getString("assigned_to"), rs.getString("team"), rs.getInt("rung"), since, days(since, scope.query()),
				rs.getTimestamp("last_activity_at").toInstant(), due == null ? null : due.toLocalDate(),
				reason == null ? null : StallReason.valueOf(reason));
	}

	/** Whole days in the local zone, as people count them ("since Monday" on Wednesday is 2 days). */
	private static long days(Instant since, Query query) {
		return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(since, query.zone()), query.today()));
	}

	/** A time as PostgreSQL's timestamptz, so that comparisons and least() need no casts. */
	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Double median(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
	}
}
