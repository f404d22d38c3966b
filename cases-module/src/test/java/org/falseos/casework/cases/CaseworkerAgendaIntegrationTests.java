package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.cases.Actors.COORDINATOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.falseos.casework.cases.CaseworkerAgenda.CaseChange;
import org.falseos.casework.cases.CaseworkerAgenda.DueTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseworkerAgendaIntegrationTests {

	// People of their own, so that cases other test classes open in this database do not show up here.
	static final Actor WORKER = new Actor("agenda-worker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor COLLEAGUE = new Actor("agenda-colleague", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SUPERVISOR = new Actor("agenda-supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	KnownPeople people;

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Autowired
	CaseworkerAgenda agenda;

	@Test
	void dueTasksAreTheOpenDatedTasksOfMyOpenCasesDueByTheDateOverdueFirst() {
		var mine = cases.open(WORKER, NewCase.of("AG-1", "scotland", "Threats"));
		cases.addTask(WORKER, mine, "Chase the police", TODAY.plusDays(3));
		cases.addTask(WORKER, mine, "Call back", TODAY.minusDays(2));
		cases.addTask(WORKER, mine, "Next month", TODAY.plusDays(30));
		cases.addTask(WORKER, mine, "Some day", null);
		var done = cases.addTask(WORKER, mine, "Done already", TODAY.minusDays(5));
		cases.completeTask(WORKER, mine, done);
		var colleagues = cases.open(COLLEAGUE, NewCase.of("AG-2", "scotland", "Impersonation"));
		cases.addTask(COLLEAGUE, colleagues, "Their task", TODAY.minusDays(1));
		var closed = cases.open(WORKER, NewCase.of("AG-3", "scotland", "Resolved"));
		cases.addTask(WORKER, closed, "On a closed case", TODAY.minusDays(1));
		closures.close(SUPERVISOR, closed, "RESOLVED", "The client is safe now");

		assertThat(agenda.dueTasks(WORKER, TODAY.plusDays(7), 50)).containsExactly(
				new DueTask(mine, "AG-1", "Call back", TODAY.minusDays(2)),
				new DueTask(mine, "AG-1", "Chase the police", TODAY.plusDays(3)));
		assertThat(agenda.dueTasks(WORKER, TODAY.plusDays(7), 1)).extracting(DueTask::title).containsExactly("Call back");
		assertThat(agenda.dueTasks(COLLEAGUE, TODAY.plusDays(7), 50)).extracting(DueTask::title)
			.containsExactly("Their task");
	}

	@Test
	void onlyACaseworkerOfTheTeamHasAnAgendaAndAReassignedCaseLeavesIt() {
		var outOfTeam = new Actor("agenda-worker", Set.of("CASEWORKER"), Set.of("South"), Set.of());
		var id = cases.open(WORKER, NewCase.of("AG-4", "scotland", "Stalking"));
		cases.addTask(WORKER, id, "Overdue", TODAY.minusDays(1));

		assertThat(agenda.dueTasks(outOfTeam, TODAY, 50)).isEmpty();
		assertThat(agenda.dueTasks(COORDINATOR, TODAY, 50)).isEmpty();
		assertThat(agenda.recentChanges(COORDINATOR, Instant.EPOCH, 50)).isEmpty();
		assertThat(agenda.dueTasks(WORKER, TODAY, 50)).extracting(DueTask::title).contains("Overdue");

		people.register(COLLEAGUE);
		cases.reassign(NORTH_SUPERVISOR, id, "agenda-colleague");
		assertThat(agenda.dueTasks(WORKER, TODAY, 50)).extracting(DueTask::caseId).doesNotContain(id);
		assertThat(agenda.recentChanges(WORKER, Instant.EPOCH, 50)).extracting(CaseChange::caseId).doesNotContain(id);
		assertThat(agenda.dueTasks(COLLEAGUE, TODAY, 50)).extracting(DueTask::caseId).contains(id);
	}

	@Test
	void recentChangesAreWhatWasRecordedOnMyCasesSinceTheGivenTimeNewestFirstByWhom() {
		var id = cases.open(WORKER, NewCase.of("AG-5", "scotland", "Harassment"));
		Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
		cases.logIncident(WORKER, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"), "Message", "X", null,
				null, null));
		cases.recordIdentifier(NORTH_SUPERVISOR, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@agenda"));

		var changes = agenda.recentChanges(WORKER, before, 50).stream().filter(c -> c.caseId().equals(id)).toList();
		assertThat(changes).extracting(CaseChange::kind, CaseChange::by, CaseChange::clientCode).containsExactly(
				org.assertj.core.groups.Tuple.tuple("identifier", "supervisor", "AG-5"),
				org.assertj.core.groups.Tuple.tuple("incident", "agenda-worker", "AG-5"));
		assertThat(agenda.recentChanges(WORKER, Instant.now().plus(1, ChronoUnit.HOURS), 50)).isEmpty();
		assertThat(agenda.recentChanges(COLLEAGUE, before, 50)).extracting(CaseChange::caseId).doesNotContain(id);
	}
}
