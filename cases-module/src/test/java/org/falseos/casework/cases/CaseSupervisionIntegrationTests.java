package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.COORDINATOR;
import static org.falseos.casework.cases.Actors.LEAD;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER_3;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER_SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR_2;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.SOUTH_SUPERVISOR;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseSupervisionIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	Cases cases;

	@Autowired
	CaseSupervision supervision;

	@Autowired
	DataProtection protection;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReassignmentToACaseworkerOfTheTeamIsRecordedWithItsReasonAndAnnouncedTogether(Scenario scenario) {
		var id = open("SV-1001");

		scenario.stimulate(() -> supervision.reassign(NORTH_SUPERVISOR, id, " caseworker3 ", "Casey is on leave"))
			.andWaitForEventOfType(CaseReassigned.class)
			.matching(event -> event.caseId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event).isEqualTo(new CaseReassigned(id, event.reassignmentId(), "North", "North",
						"caseworker", "caseworker3", "supervisor"));
				assertThat(supervision.record(NORTH_CASEWORKER_3, id).reassignments()).singleElement()
					.satisfies(row -> {
						assertThat(row.fromCaseworker()).isEqualTo("caseworker");
						assertThat(row.toCaseworker()).isEqualTo("caseworker3");
						assertThat(row.reason()).isEqualTo("Casey is on leave");
						assertThat(row.reassignedBy()).isEqualTo("supervisor");
						assertThat(row.movedTeam()).isFalse();
					});
			});
		assertThat(cases.read(NORTH_SUPERVISOR, id).assignedTo()).isEqualTo("caseworker3");
	}

	@Test
	void theCasesModuleChecksTheNameItIsGivenAndEachRefusalNamesTheProblem() {
		var id = open("SV-1002");

		assertRefused(() -> supervision.reassign(NORTH_SUPERVISOR, id, "nobody", null), "No one is called nobody.");
		assertRefused(() -> supervision.reassign(NORTH_SUPERVISOR, id, "Caseworker3", null),
				"No one is called Caseworker3.");
		assertRefused(() -> cases.reassign(NORTH_SUPERVISOR, id, "coordinator"), "coordinator is not a caseworker.");
		assertRefused(() -> cases.reassign(NORTH_SUPERVISOR, id, "caseworker2"),
				"caseworker2 does not work in team North.");
		assertRefused(() -> cases.reassign(NORTH_SUPERVISOR, id, "caseworker"),
				"caseworker already has this case; choose another caseworker.");
		assertRefused(() -> cases.reassign(NORTH_SUPERVISOR, id, " "), "Choose the caseworker who takes the case.");
		assertThatThrownBy(() -> supervision.reassign(NORTH_SUPERVISOR, id, "caseworker3", "x".repeat(2_001)))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsOnlyKeys("reason"));

		assertUnchanged(id, "caseworker");
	}

	@Test
	void onlyASupervisorOfTheCasesTeamReassignsItAnotherTeamsSupervisorDoesNotSeeIt() {
		var id = open("SV-1003");

		assertThatThrownBy(() -> cases.reassign(NORTH_CASEWORKER, id, "caseworker3")).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> cases.reassign(COORDINATOR, id, "caseworker3")).isInstanceOf(NotPermitted.class);
		// Works in North (so sees the case) and supervises South: a supervisor, but not of this case's team.
		assertThatThrownBy(() -> cases.reassign(NORTH_CASEWORKER_SOUTH_SUPERVISOR, id, "caseworker3"))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> cases.reassign(SOUTH_SUPERVISOR, id, "caseworker3")).isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> supervision.addNote(SOUTH_SUPERVISOR, id, "x", null, false))
			.isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> supervision.record(SOUTH_SUPERVISOR, id)).isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> supervision.addNote(NORTH_CASEWORKER, id, "x", null, false))
			.isInstanceOf(NotPermitted.class);

		assertUnchanged(id, "caseworker");
	}

	@Test
	void aLeadMovesACaseWithItsClientToAnotherTeamTheySuperviseAndItsOldTeamNoLongerSeesIt(Scenario scenario) {
		var id = open("SV-1004");
		var client = cases.read(NORTH_CASEWORKER, id).client().id();

		scenario.stimulate(() -> supervision.moveToTeam(LEAD, id, "South", "caseworker2", "The client moved south"))
			.andWaitForEventOfType(CaseReassigned.class)
			.matching(event -> event.caseId().equals(id))
			.toArriveAndVerify(event -> assertThat(event)
				.isEqualTo(new CaseReassigned(id, event.reassignmentId(), "North", "South", "caseworker", "caseworker2",
						"lead")));

		var moved = cases.read(SOUTH_CASEWORKER, id);
		assertThat(moved.team()).isEqualTo("South");
		assertThat(moved.assignedTo()).isEqualTo("caseworker2");
		assertThat(jdbc.sql("select team from cases.client where id = :id").param("id", client.id())
			.query(String.class).single()).isEqualTo("South");
		assertThatThrownBy(() -> cases.read(NORTH_CASEWORKER, id)).isInstanceOf(UnknownCase.class);
		assertThat(supervision.record(SOUTH_CASEWORKER, id).reassignments()).singleElement().satisfies(row -> {
			assertThat(row.movedTeam()).isTrue();
			assertThat(row.fromTeam()).isEqualTo("North");
			assertThat(row.toTeam()).isEqualTo("South");
		});
	}

	@Test
	void aTeamMoveIsRefusedWhereItWouldSplitAClientOrClashOnACodeOrLeaveTheSupervisorsTeams() {
		var id = open("SV-1005");

		assertThatThrownBy(() -> supervision.moveToTeam(NORTH_SUPERVISOR, id, "South", "caseworker2", null))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).isEqualTo(Map.of("team",
					"You can move a case only to another team you supervise; you supervise no other team.")));
		assertRefusedField(() -> supervision.moveToTeam(LEAD, id, "North", "caseworker3", null), "team");
		assertRefusedField(() -> supervision.moveToTeam(LEAD, id, " ", "caseworker2", null), "team");
		assertRefused(() -> supervision.moveToTeam(LEAD, id, "South", "caseworker3", null),
				"caseworker3 does not work in team South.");

		var sameClient = cases.open(NORTH_CASEWORKER, NewCase.of("SV-1005", "scotland", "A second case"));
		assertThatThrownBy(() -> supervision.moveToTeam(LEAD, sameClient, "South", "caseworker2", null))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("has 1 other case in team North");

		var north = open("SV-1006");
		cases.open(SOUTH_CASEWORKER, NewCase.of("SV-1006", "scotland", "Another client, same code, in South"));
		assertThatThrownBy(() -> supervision.moveToTeam(LEAD, north, "South", "caseworker2", null))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("Team South already has a client with the code SV-1006");

		assertUnchanged(id, "caseworker");
		assertUnchanged(sameClient, "caseworker");
		assertUnchanged(north, "caseworker");
		assertThat(cases.read(NORTH_CASEWORKER, north).team()).isEqualTo("North");
	}

	@Test
	void aNoteWithAReviewDateSetsItANoteWithoutLeavesItAndAMarkedReviewClearsIt(Scenario scenario) {
		var id = open("SV-1007");

		assertRefusedField(() -> supervision.addNote(NORTH_SUPERVISOR, id, "Late", TODAY.minusDays(1), false),
				"reviewBy");
		assertRefusedField(() -> supervision.addNote(NORTH_SUPERVISOR, id, " ", null, false), "note");
		assertRefusedField(() -> supervision.addNote(NORTH_SUPERVISOR, id, "Done?", null, true), "reviewDone");
		assertThat(supervision.record(NORTH_CASEWORKER, id).notes()).isEmpty();

		scenario.stimulate(() -> supervision.addNote(NORTH_SUPERVISOR, id, "Chase the platform", TODAY.plusDays(7), false))
			.andWaitForEventOfType(SupervisionNoteAdded.class)
			.matching(event -> event.caseId().equals(id))
			.toArriveAndVerify((event, noteId) -> {
				assertThat(event).isEqualTo(new SupervisionNoteAdded(id, noteId, "North", "caseworker", "supervisor",
						TODAY.plusDays(7)));
				assertThat(supervision.record(NORTH_CASEWORKER, id).reviewBy()).isEqualTo(TODAY.plusDays(7));
			});

		supervision.addNote(NORTH_SUPERVISOR_2, id, "Good progress", null, false);
		assertThat(supervision.record(NORTH_CASEWORKER, id).reviewBy()).isEqualTo(TODAY.plusDays(7));
		assertRefusedField(() -> supervision.addNote(NORTH_SUPERVISOR, id, "Both", TODAY, true), "reviewBy");

		supervision.addNote(NORTH_SUPERVISOR, id, "Reviewed: the platform answered", null, true);
		var record = supervision.record(NORTH_CASEWORKER, id);
		assertThat(record.reviewBy()).isNull();
		assertThat(record.notes()).extracting(CaseSupervision.Note::note)
			.containsExactly("Reviewed: the platform answered", "Good progress", "Chase the platform");
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action).contains("REVIEW_DONE");
	}

	@Test
	void erasureClearsTheWordsOfNotesAndReassignmentsAndKeepsWhoDidWhat() {
		var id = open("SV-1008");
		supervision.reassign(NORTH_SUPERVISOR, id, "caseworker3", "Casey is on leave");
		supervision.addNote(NORTH_SUPERVISOR, id, "Client is frightened", TODAY, false);
		var client = cases.read(NORTH_CASEWORKER, id).client().id();
		UUID request = protection.requestErasure(NORTH_SUPERVISOR, client, "Client asked");
		protection.approveErasure(NORTH_SUPERVISOR_2, request);

		assertThat(jdbc.sql("select note, written_by from cases.supervision_note where case_id = :id")
			.param("id", id.id()).query().singleRow()).containsEntry("note", null).containsEntry("written_by", "supervisor");
		assertThat(jdbc.sql("select reason, to_caseworker from cases.reassignment where case_id = :id")
			.param("id", id.id()).query().singleRow()).containsEntry("reason", null)
			.containsEntry("to_caseworker", "caseworker3");
	}

	@Test
	void aSubjectAccessExportHoldsTheCasesSupervisionNotesAndReassignments() throws Exception {
		var id = open("SV-1009");
		supervision.reassign(NORTH_SUPERVISOR, id, "caseworker3", "Casey is on leave");
		supervision.addNote(NORTH_SUPERVISOR, id, "The client prefers texts", TODAY.plusDays(3), false);
		var out = new java.io.ByteArrayOutputStream();
		protection.exportSubjectAccess(NORTH_SUPERVISOR, cases.read(NORTH_SUPERVISOR, id).client().id(), out);

		String json = new String(Zips.entries(out.toByteArray()).get("subject-access.json"),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains("The client prefers texts", "Casey is on leave", TODAY.plusDays(3).toString());
	}

	private CaseId open(String code) {
		return cases.open(NORTH_CASEWORKER, NewCase.of(code, "scotland", "Supervision"));
	}

	private void assertUnchanged(CaseId id, String caseworker) {
		assertThat(cases.read(NORTH_SUPERVISOR, id).assignedTo()).isEqualTo(caseworker);
		assertThat(jdbc.sql("select count(*) from cases.reassignment where case_id = :id").param("id", id.id())
			.query(Integer.class).single()).isZero();
	}

	private static void assertRefused(Runnable step, String message) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidCaseInput.class,
				e -> assertThat(e.errors()).isEqualTo(Map.of("caseworker", message)));
	}

	private static void assertRefusedField(Runnable step, String field) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidCaseInput.class,
				e -> assertThat(e.errors()).containsOnlyKeys(field));
	}
}
