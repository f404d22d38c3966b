package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.CaseList.Counts;
import org.falseos.casework.cases.CaseList.Page;
import org.falseos.casework.cases.CaseList.Query;
import org.falseos.casework.cases.CaseList.Row;
import org.falseos.casework.cases.CaseList.Scope;
import org.falseos.casework.cases.CaseList.Sort;
import org.falseos.casework.cases.CaseList.Status;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseListIntegrationTests {

	static final LocalDate TODAY = LocalDate.now();

	@Autowired
	KnownPeople people;

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Autowired
	CaseList list;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	JdbcClient jdbc;

	/** A team of its own per test, so that cases other tests open in this database stay out of its lists. */
	record Team(String name, Actor worker, Actor colleague, Actor supervisor) {

		static Team fresh() {
			String name = "List-" + UUID.randomUUID().toString().substring(0, 8);
			return new Team(name, new Actor(name + "-worker", Set.of("CASEWORKER"), Set.of(name), Set.of()),
					new Actor(name + "-colleague", Set.of("CASEWORKER"), Set.of(name), Set.of()),
					new Actor(name + "-supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of(name)));
		}
	}

	@Test
	void filtersKeepTheMatchingCasesAndCountsAnswerUnderTheOtherFilters() {
		var team = Team.fresh();
		var stalking = open(team.worker(), "LI-1", "stalking");
		cases.escalate(team.worker(), stalking, 2, "No answer from the platform");
		var threats = open(team.worker(), "LI-2", "threats");
		cases.addTask(team.worker(), threats, "Call back", TODAY.minusDays(2));
		cases.addTask(team.worker(), threats, "Later", TODAY.plusDays(5));
		var closed = open(team.colleague(), "LI-3", "stalking");
		cases.addTask(team.colleague(), closed, "Left over", TODAY.minusDays(9));
		closures.close(team.supervisor(), closed, "RESOLVED", "The client is safe now");

		assertThat(ids(team.worker(), query(null, null, null, false, Scope.TEAM))).containsExactlyInAnyOrder(stalking,
				threats, closed);
		assertThat(find(team.worker(), query(null, null, null, false, Scope.TEAM)).counts())
			.isEqualTo(new Counts(3, 2, 1, 1));
		assertThat(ids(team.worker(), query(Status.OPEN, null, null, false, Scope.TEAM)))
			.containsExactlyInAnyOrder(stalking, threats);
		assertThat(ids(team.worker(), query(Status.CLOSED, null, null, false, Scope.TEAM))).containsExactly(closed);
		assertThat(ids(team.worker(), query(null, 2, null, false, Scope.TEAM))).containsExactly(stalking);
		assertThat(ids(team.worker(), query(null, null, "stalking", false, Scope.TEAM)))
			.containsExactlyInAnyOrder(stalking, closed);
		assertThat(find(team.worker(), query(null, null, "stalking", false, Scope.TEAM)).counts())
			.isEqualTo(new Counts(2, 1, 1, 0));
		// A closed case's leftover task is not overdue work.
		var overdue = find(team.worker(), query(null, null, null, true, Scope.TEAM));
		assertThat(overdue.rows()).extracting(Row::id).containsExactly(threats);
		assertThat(overdue.counts()).isEqualTo(new Counts(1, 1, 0, 1));
		assertThat(overdue.rows().getFirst()).satisfies(row -> {
			assertThat(row.clientCode()).isEqualTo("LI-2");
			assertThat(row.status()).isEqualTo(Status.OPEN);
			assertThat(row.assignedTo()).isEqualTo(team.worker().username());
			assertThat(row.nextTaskDue()).isEqualTo(TODAY.minusDays(2));
			assertThat(row.overdue()).isTrue();
		});
		assertThat(ids(team.worker(), query(null, null, null, false, Scope.MINE)))
			.containsExactlyInAnyOrder(stalking, threats);
		assertThat(ids(team.colleague(), query(null, null, null, false, Scope.MINE))).containsExactly(closed);
		assertThat(ids(team.worker(), query(Status.CLOSED, 2, "threats", true, Scope.MINE))).isEmpty();
	}

	@Test
	void onlyTheCasesOfTheTeamsThePersonWorksInOrSupervisesAreListed() {
		var team = Team.fresh();
		var other = Team.fresh();
		var ours = open(team.worker(), "LA-1", "threats");
		var theirs = open(other.worker(), "LA-2", "threats");
		var everything = query(null, null, null, false, Scope.TEAM);

		assertThat(ids(team.worker(), everything)).containsExactly(ours);
		assertThat(ids(team.supervisor(), everything)).containsExactly(ours);
		assertThat(ids(other.worker(), everything)).containsExactly(theirs);
		assertThat(ids(other.supervisor(), everything)).containsExactly(theirs);
		// Working in one team and supervising another shows both; a supervisor's own caseworker role is not needed.
		var both = new Actor("list-mixed", Set.of("CASEWORKER", "SUPERVISOR"), Set.of(team.name()), Set.of(other.name()));
		assertThat(ids(both, everything)).containsExactlyInAnyOrder(ours, theirs);
		// Team membership without the role that uses it shows nothing.
		var notACaseworker = new Actor("list-staff", Set.of("STAFF"), Set.of(team.name()), Set.of(team.name()));
		assertThat(find(notACaseworker, everything).counts()).isEqualTo(new Counts(0, 0, 0, 0));
		assertThat(find(Actors.COORDINATOR, everything).rows()).isEmpty();
	}

	@Test
	void anErasedClientsCasesAreInNoPageAndNoCount() {
		var team = Team.fresh();
		var kept = open(team.worker(), "LE-1", "threats");
		var erased = open(team.worker(), "LE-2", "threats");
		cases.addTask(team.worker(), erased, "Overdue", TODAY.minusDays(1));
		// What erasure leaves on the client row (DataProtection's four-eyes flow is tested on its own).
		jdbc.sql("update cases.client set erased_at = now(), erased_by = 'test' where team = :team and code = 'LE-2'")
			.param("team", team.name()).update();

		var page = find(team.worker(), query(null, null, null, false, Scope.TEAM));
		assertThat(page.rows()).extracting(Row::id).containsExactly(kept);
		assertThat(page.counts()).isEqualTo(new Counts(1, 1, 0, 0));
		assertThat(find(team.worker(), query(null, null, null, true, Scope.TEAM)).counts()).isEqualTo(new Counts(0, 0, 0, 0));
	}

	@Test
	void sortsByLastActivityByOpeningAndByRung() {
		var team = Team.fresh();
		var first = open(team.worker(), "LS-1", "threats");
		var second = open(team.worker(), "LS-2", "threats");
		var third = open(team.worker(), "LS-3", "threats");
		assertThat(ids(team.worker(), sorted(Sort.LAST_ACTIVITY))).containsExactly(third, second, first);

		cases.logIncident(team.worker(), first, new NewIncident(Instant.parse("2026-01-01T10:00:00Z"),
				"A message from a new account", "X", null, null, null));
		assertThat(ids(team.worker(), sorted(Sort.LAST_ACTIVITY))).containsExactly(first, third, second);
		assertThat(ids(team.worker(), sorted(Sort.OPENED))).containsExactly(third, second, first);

		cases.escalate(team.worker(), second, 3, "Police did not answer");
		cases.escalate(team.worker(), third, 1, "Reported to the platform");
		assertThat(ids(team.worker(), sorted(Sort.RUNG))).containsExactly(second, third, first);
		assertThat(ids(team.worker(), sorted(Sort.LAST_ACTIVITY))).containsExactly(third, second, first);
	}

	@Test
	void everyKindOfChangeToACaseIsActivityAndReadingItIsNot() {
		var team = Team.fresh();
		people.register(team.colleague());
		var id = open(team.worker(), "LC-1", "threats");
		List<Runnable> changes = List.of(
				() -> cases.recordReferenceNumber(team.worker(), id, NewReferenceNumber.of("Police Scotland", "PS-1")),
				() -> cases.recordIdentifier(team.worker(), id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@someone")),
				() -> cases.recordConsent(team.worker(), id, ConsentKind.POLICE, true),
				() -> completeNewTask(team.worker(), id),
				() -> corrections.correctClientDetails(team.worker(), id,
						new ClientDetails("A. Client", "07700 900000", "Texts only", false, false), "New number"),
				() -> corrections.withdrawIdentifier(team.worker(), id,
						cases.read(team.worker(), id).identifiers().getFirst().id(), "Typed on the wrong case"),
				() -> cases.reassign(team.supervisor(), id, team.colleague().username()),
				() -> closures.close(team.supervisor(), id, "LOST_CONTACT", "No answer for a month"));
		for (Runnable change : changes) {
			Instant before = lastActivity(team.worker(), id);
			change.run();
			assertThat(lastActivity(team.worker(), id)).as("after a change").isAfter(before);
		}
		Instant before = lastActivity(team.worker(), id);
		cases.read(team.worker(), id);
		assertThat(lastActivity(team.worker(), id)).isEqualTo(before);
	}

	@Test
	void pagesHoldFiftyCasesEachInOrderWithoutOverlap() {
		var team = Team.fresh();
		var opened = new ArrayList<CaseId>();
		for (int i = 0; i < 55; i++) {
			opened.add(open(team.worker(), "LP-" + i, "fraud"));
		}
		var first = find(team.worker(), new Query(null, null, null, false, Scope.TEAM, Sort.OPENED, 1, TODAY));
		var second = find(team.worker(), new Query(null, null, null, false, Scope.TEAM, Sort.OPENED, 2, TODAY));
		var past = find(team.worker(), new Query(null, null, null, false, Scope.TEAM, Sort.OPENED, 3, TODAY));

		assertThat(first.rows()).hasSize(50);
		assertThat(first.counts().total()).isEqualTo(55);
		assertThat(List.of(first.first(), first.last(), first.pages())).containsExactly(1L, 50L, 2L);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		assertThat(second.rows()).hasSize(5);
		assertThat(List.of(second.first(), second.last())).containsExactly(51L, 55L);
		assertThat(second.hasNext()).isFalse();
		var both = new ArrayList<CaseId>();
		first.rows().forEach(row -> both.add(row.id()));
		second.rows().forEach(row -> both.add(row.id()));
		assertThat(both).containsExactlyElementsOf(opened.reversed());
		assertThat(past.rows()).isEmpty();
		assertThat(past.counts().total()).isEqualTo(55);
	}

	@Test
	void aPageBeforeTheFirstIsRefusedNamingThePage() {
		assertThatThrownBy(() -> list.find(Actors.NORTH_CASEWORKER,
				new Query(null, null, null, false, Scope.TEAM, Sort.LAST_ACTIVITY, 0, TODAY)))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("page"));
	}

	private void completeNewTask(Actor actor, CaseId id) {
		var task = cases.addTask(actor, id, "Chase", TODAY);
		cases.completeTask(actor, id, task);
	}

	private CaseId open(Actor actor, String code, String harm) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null, Set.of(harm),
				null, false, false));
	}

	private Instant lastActivity(Actor actor, CaseId id) {
		return find(actor, query(null, null, null, false, Scope.TEAM)).rows().stream().filter(row -> row.id().equals(id))
			.findFirst().orElseThrow().lastActivityAt();
	}

	private static Query query(Status status, Integer rung, String harm, boolean overdue, Scope scope) {
		return new Query(status, rung, harm, overdue, scope, Sort.LAST_ACTIVITY, 1, TODAY);
	}

	private static Query sorted(Sort sort) {
		return new Query(null, null, null, false, Scope.TEAM, sort, 1, TODAY);
	}

	private Page find(Actor actor, Query query) {
		return list.find(actor, query);
	}

	private List<CaseId> ids(Actor actor, Query query) {
		return find(actor, query).rows().stream().map(Row::id).toList();
	}
}
