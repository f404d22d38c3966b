package org.falseos.casework.cases.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

// The command runs as the context starts, exactly as from the command line, but leaves the JVM running.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "falseos.generate.cases=2000", "falseos.generate.exit=false" })
class SyntheticCasesIntegrationTests {

	static final Actor CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	DataSource dataSource;

	@Test
	void theCommandFillsEveryTableWithCasesTheAppCanRead() {
		// The start-up run numbered its clients from SYN-0000001; another test adds a second run after them.
		assertThat(count("select count(*) from cases.client where code between 'SYN-0000001' and 'SYN-0001740'"))
			.isEqualTo(1740);
		assertThat(count("""
				select count(*) from cases.case_file c join cases.client cl on cl.id = c.client_id
				where cl.code between 'SYN-0000001' and 'SYN-0001740'
				""")).isEqualTo(2000);
		assertThat(count("select count(*) from cases.incident")).isGreaterThan(2000);
		assertThat(count("select count(*) from cases.reference_number")).isGreaterThan(400);
		assertThat(count("select count(*) from cases.incident where corrects is not null")).isPositive();
		assertThat(count("select count(*) from cases.task where done_at is null")).isPositive();

		List<CaseSummary> visible = cases.visibleTo(CASEWORKER, 500);
		assertThat(visible).isNotEmpty().allSatisfy(summary -> assertThat(summary.team()).isEqualTo("North"));
		var file = cases.read(CASEWORKER, visible.getFirst().id());
		assertThat(file.incidents()).isNotEmpty();
		assertThat(file.identifiers()).isNotEmpty();
		assertThat(file.courseOfConduct().incidents()).isPositive();
	}

	@Test
	void oneHarasserTurnsUpAcrossClientsWrittenInDifferentWays() {
		var forms = jdbc.sql("""
				select distinct i.value from cases.identifier i
				where lower(i.value) like '%troll\\_99%' or lower(i.value) like '%troll99%'
				""").query(String.class).list();
		int clients = count("""
				select count(distinct c.client_id) from cases.identifier i join cases.case_file c on c.id = i.case_id
				where lower(i.value) like '%troll\\_99%' or lower(i.value) like '%troll99%'
				""");

		assertThat(forms).hasSizeGreaterThanOrEqualTo(3).contains("@Troll_99");
		assertThat(clients).isGreaterThan(1);
	}

	@Test
	void everyCaseClimbedTheLadderOneRungAtATimeToItsRungAndSinceThen() {
		// Each move goes from where the last one left the case (0 at first) one rung up, after the one before
		// (the opening for the first), and not in the future.
		assertThat(count("""
				select count(*) from (
				    select e.*, row_number() over w as n, lag(e.to_rung) over w as before,
				           lag(e.moved_at) over w as before_at
				    from cases.escalation e window w as (partition by e.case_id order by e.moved_at)) m
				join cases.case_file c on c.id = m.case_id
				where m.from_rung <> coalesce(m.before, 0) or m.to_rung <> m.from_rung + 1 or m.to_rung <> m.n
				   or m.moved_at <= coalesce(m.before_at, c.opened_at) or m.moved_at > now()
				""")).isZero();
		// The rung is where the last move left it, and rung_since is when (the opening for rung 0).
		assertThat(count("""
				select count(*) from cases.case_file c
				where c.rung <> (select count(*) from cases.escalation e where e.case_id = c.id)
				   or c.rung_since <> coalesce((select max(e.moved_at) from cases.escalation e where e.case_id = c.id),
				                               c.opened_at)
				""")).isZero();
		assertThat(count("select count(*) from cases.escalation")).isGreaterThan(2000);
		assertThat(count("select max(rung) from cases.case_file where status = 'OPEN'")).isGreaterThanOrEqualTo(6);
		assertThat(count("""
				select count(*) from cases.case_file
				where status = 'OPEN' and rung > 0 and rung_since < now() - interval '21 days'
				""")).isPositive();
	}

	@Test
	void everyClosedCaseWasClosedByAnApprovedRequestDecidedAfterItWasAsked() {
		var closed = count("select count(*) from cases.case_file where status = 'CLOSED'");
		assertThat(closed).isGreaterThan(1000);
		assertThat(count("""
				select count(*) from cases.case_file c where c.status = 'CLOSED' and not exists (
				    select 1 from cases.closure_request r
				    where r.case_id = c.id and r.state = 'APPROVED' and r.outcome = c.closure_outcome
				      and r.requested_at > c.opened_at and r.decided_at > r.requested_at and r.decided_at = c.closed_at
				      and r.requested_by = c.assigned_to and r.decided_by = any (array[lower(c.team) || '-supervisor-1',
				          lower(c.team) || '-supervisor-2', case when c.team = 'North' then 'supervisor' end]))
				""")).isZero();
		assertThat(jdbc.sql("select distinct closure_outcome from cases.case_file where status = 'CLOSED'")
			.query(String.class).list()).containsExactlyInAnyOrderElementsOf(Supervision.OUTCOMES);
		assertThat(count("""
				select count(*) from cases.case_file
				where (status = 'OPEN') <> (closed_at is null) or (status = 'OPEN') <> (closure_outcome is null)
				""")).isZero();
		// A rejected request was decided before the approved one was asked for; a pending one waits on an open case.
		int rejected = count("select count(*) from cases.closure_request where state = 'REJECTED'");
		assertThat(rejected).isPositive();
		assertThat(count("""
				select count(*) from cases.closure_request r join cases.closure_request a
				    on a.case_id = r.case_id and a.state = 'APPROVED'
				where r.state = 'REJECTED' and r.decided_at > r.requested_at and r.decided_at < a.requested_at
				  and r.requested_at > (select opened_at from cases.case_file where id = r.case_id)
				""")).isEqualTo(rejected);
		assertThat(count("""
				select count(*) from cases.closure_request r join cases.case_file c on c.id = r.case_id
				where r.state = 'PENDING' and (c.status <> 'OPEN' or r.requested_at <= c.opened_at
				                               or r.requested_at > now())
				""")).isZero();
		assertThat(count("select count(*) from cases.closure_request where state = 'PENDING'")).isPositive();
		// A reopened case was closed by approval first and is open again, its outcome cleared.
		int reopened = count("select count(*) from cases.reopening");
		assertThat(reopened).isPositive();
		assertThat(count("""
				select count(*) from cases.reopening o join cases.case_file c on c.id = o.case_id
				join cases.closure_request a on a.case_id = c.id and a.state = 'APPROVED'
				where c.status = 'OPEN' and a.decided_at < o.reopened_at and o.reopened_at <= now()
				""")).isEqualTo(reopened);
	}

	@Test
	void theColumnsTheDatabaseKeepsAgreeWithTheEntriesUnderItsOwnRules() {
		// V8's last activity (with V13's new entries; a closure decision counts when it was made) and V13's last
		// progress, recomputed from the entries: the generator wrote what the triggers would have kept.
		assertThat(count("""
				select count(*) from cases.case_file c where c.last_activity_at <> greatest(c.opened_at, c.closed_at,
				    (select max(recorded_at) from cases.incident where case_id = c.id),
				    (select max(recorded_at) from cases.identifier where case_id = c.id),
				    (select max(recorded_at) from cases.reference_number where case_id = c.id),
				    (select max(moved_at) from cases.escalation where case_id = c.id),
				    (select max(recorded_at) from cases.consent where case_id = c.id),
				    (select max(greatest(created_at, done_at)) from cases.task where case_id = c.id),
				    (select max(reassigned_at) from cases.reassignment where case_id = c.id),
				    (select max(greatest(requested_at, decided_at)) from cases.closure_request where case_id = c.id),
				    (select max(reopened_at) from cases.reopening where case_id = c.id),
				    (select max(written_at) from cases.supervision_note where case_id = c.id))
				""")).isZero();
		assertThat(count("""
				select count(*) from cases.case_file c where c.last_progress_at <> greatest(c.opened_at,
				    (select max(recorded_at) from cases.incident where case_id = c.id),
				    (select max(recorded_at) from cases.reference_number where case_id = c.id),
				    (select max(moved_at) from cases.escalation where case_id = c.id),
				    (select max(done_at) from cases.task where case_id = c.id),
				    (select max(reopened_at) from cases.reopening where case_id = c.id))
				   or c.next_task_due is distinct from
				      (select min(due_on) from cases.task where case_id = c.id and done_at is null)
				""")).isZero();
		// Dates, not one moment: no kept column was bumped to the time of the run.
		assertThat(count("select count(distinct last_activity_at) from cases.case_file")).isGreaterThan(1900);
		assertThat(count("select count(*) from cases.case_file where last_activity_at > now()")).isZero();
		assertThat(count("select count(*) from cases.case_file where next_task_due < current_date")).isPositive();
		// Whatever happened on a case happened after it was opened, and not in the future.
		assertThat(count("""
				select count(*) from cases.case_file c where exists (
				    select 1 from cases.incident i where i.case_id = c.id
				    and (i.recorded_at < c.opened_at or i.recorded_at > now() or i.occurred_at > i.recorded_at))
				 or exists (select 1 from cases.reference_number r where r.case_id = c.id
				    and (r.recorded_at < c.opened_at or r.recorded_at > now()
				         or r.obtained_on < (c.opened_at at time zone 'UTC')::date))
				 or exists (select 1 from cases.task t where t.case_id = c.id
				    and (t.created_at < c.opened_at or t.done_at < t.created_at
				         or t.due_on < (t.created_at at time zone 'UTC')::date))
				 or exists (select 1 from cases.supervision_note n where n.case_id = c.id
				    and (n.written_at < c.opened_at or n.written_at > now()))
				 or exists (select 1 from cases.reassignment r where r.case_id = c.id
				    and (r.reassigned_at < c.opened_at or r.reassigned_at > now()))
				""")).isZero();
	}

	@Test
	void aboutOneOpenCaseInTenHasStalled() {
		int open = count("select count(*) from cases.case_file where status = 'OPEN'");
		int stalled = count("""
				select count(*) from cases.case_file
				where status = 'OPEN' and last_progress_at < now() - interval '14 days'
				""");

		assertThat(open).isBetween(300, 700);
		assertThat(stalled * 100.0 / open).isBetween(5.0, 16.0);
	}

	@Test
	void reviewByIsTheDateOfTheLatestNoteThatSetOne() {
		assertThat(count("""
				select count(*) from cases.case_file c where c.review_by is distinct from (
				    select n.review_by from cases.supervision_note n
				    where n.case_id = c.id and n.review_by is not null order by n.written_at desc limit 1)
				""")).isZero();
		assertThat(count("select count(*) from cases.case_file where review_by is not null")).isPositive();
		assertThat(count("""
				select count(*) from cases.supervision_note n join cases.case_file c on c.id = n.case_id
				where n.written_by <> all (array[lower(c.team) || '-supervisor-1', lower(c.team) || '-supervisor-2',
				                                 case when c.team = 'North' then 'supervisor' end])
				""")).isZero();
	}

	@Test
	void aReassignedCaseWentToAnotherCaseworkerOfItsTeam() {
		assertThat(count("select count(*) from cases.reassignment")).isPositive();
		assertThat(count("""
				select count(*) from cases.reassignment r join cases.case_file c on c.id = r.case_id
				where r.to_caseworker <> c.assigned_to or r.from_caseworker = r.to_caseworker
				   or r.from_caseworker <> c.opened_by or r.from_team <> c.team or r.to_team <> c.team
				   or r.from_caseworker !~ ('^(' || lower(c.team) || '-caseworker-[0-9]+|caseworker|caseworker2)$')
				""")).isZero();
	}

	@Test
	void aSecondRunAddsToTheFirstWithoutClashing() throws SQLException {
		int before = count("select count(*) from cases.case_file");

		var written = new SyntheticData(dataSource).generate(20, 2);

		assertThat(written.get("case_file")).isEqualTo(20);
		assertThat(count("select count(*) from cases.case_file")).isEqualTo(before + 20);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
