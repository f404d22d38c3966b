package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.ADMIN;
import static org.falseos.casework.cases.Actors.COORDINATOR;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseManagementIntegrationTests {

	@Autowired
	Cases cases;

	@Test
	void openingACaseCreatesTheClientInTheCaseworkersTeamAndIsAnnounced(Scenario scenario) {
		scenario.stimulate(() -> cases.open(NORTH_CASEWORKER, new NewCase("NC-1001", "scotland", "Threats on X", null,
					null, null, null, Set.of("threats", "stalking"), "united-states", true, false)))
			.andWaitForEventOfType(CaseOpened.class)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.caseId()).isEqualTo(id);
				assertThat(event.team()).isEqualTo("North");
				var file = cases.read(NORTH_CASEWORKER, id);
				assertThat(file.client().code()).isEqualTo("NC-1001");
				assertThat(file.assignedTo()).isEqualTo("caseworker");
				assertThat(file.offences()).extracting(CaseFile.OffenceConsidered::offenceId)
					.contains("scotland.offence-stalking", "scotland.offence-threatening-abusive-behaviour")
					.doesNotContain("scotland.offence-online-safety-act-threats");
			});
	}

	@Test
	void anotherTeamsCaseIsUnknownNeverForbidden() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1002", "scotland", "Doxxed address"));

		for (Actor outsider : new Actor[] { SOUTH_CASEWORKER, COORDINATOR, ADMIN }) {
			assertThatThrownBy(() -> cases.read(outsider, id)).isInstanceOf(UnknownCase.class);
			assertThatThrownBy(() -> cases.logIncident(outsider, id,
					new NewIncident(Instant.now(), "x", null, null, null, null))).isInstanceOf(UnknownCase.class);
		}
		assertThat(cases.visibleTo(SOUTH_CASEWORKER, 100)).extracting(CaseSummary::id).doesNotContain(id);
		assertThat(cases.read(NORTH_SUPERVISOR, id).id()).isEqualTo(id);
	}

	@Test
	void theSameAgencyAndNumberTwiceOnOneCaseIsRefusedHoweverItIsTyped() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1003", "scotland", "Impersonation"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-2026-0001"));

		assertThatThrownBy(() -> cases.recordReferenceNumber(NORTH_CASEWORKER, id,
				NewReferenceNumber.of("Police Scotland", "ps 2026 0001")))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("already has Police Scotland reference");
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("ICO", "PS-2026-0001"));
		assertThat(cases.read(NORTH_CASEWORKER, id).referenceNumbers()).hasSize(2);
	}

	@Test
	void theDiaryIsAppendOnlyAndCountsOccasionsForTheStalkingThreshold() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1004", "scotland", "Repeated contact"));
		var first = cases.logIncident(NORTH_CASEWORKER, id,
				new NewIncident(Instant.parse("2026-11-01T10:00:00Z"), "Message on X", "X", null, "@stalker", null));
		assertThat(cases.read(NORTH_CASEWORKER, id).courseOfConduct().meetsStalkingThreshold()).isFalse();

		cases.logIncident(NORTH_CASEWORKER, id,
				new NewIncident(Instant.parse("2026-11-01T22:00:00Z"), "Second message same day", "X", null, null, null));
		cases.logIncident(NORTH_CASEWORKER, id,
				new NewIncident(Instant.parse("2026-11-03T09:00:00Z"), "Wrong date entered", "X", null, null, null));
		cases.logIncident(NORTH_CASEWORKER, id,
				new NewIncident(Instant.parse("2026-11-04T09:00:00Z"), "Corrected: it was the 4th", "X", null, null, first));

		var conduct = cases.read(NORTH_CASEWORKER, id).courseOfConduct();
		assertThat(conduct.incidents()).isEqualTo(3);
		assertThat(conduct.occasions()).isEqualTo(3);
		assertThat(conduct.meetsStalkingThreshold()).isTrue();
		assertThat(cases.read(NORTH_CASEWORKER, id).incidents()).hasSize(4);
	}

	@Test
	void escalationFollowsTheJurisdictionsLadderAndShowsTheNextStep() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1005", "scotland", "Brushed off"));
		assertThat(cases.ladderPosition(NORTH_CASEWORKER, id)).hasValueSatisfying(position -> {
			assertThat(position.rung()).isZero();
			assertThat(position.nextRung()).isEqualTo(1);
			assertThat(position.rungs()).isEqualTo(8);
		});

		cases.escalate(NORTH_CASEWORKER, id, 4, "No update for three weeks; asked for the sergeant");

		assertThat(cases.ladderPosition(NORTH_CASEWORKER, id)).hasValueSatisfying(position -> {
			assertThat(position.rung()).isEqualTo(4);
			assertThat(position.nextRung()).isEqualTo(5);
			assertThat(position.nextUrl()).isEqualTo("/guide/scotland/ladder-formal-complaint");
		});
		assertThat(cases.read(NORTH_CASEWORKER, id).escalations()).singleElement()
			.satisfies(move -> assertThat(move.movedBy()).isEqualTo("caseworker"));
		assertThatThrownBy(() -> cases.escalate(NORTH_CASEWORKER, id, 9, "x")).isInstanceOf(InvalidCaseInput.class);
		assertThatThrownBy(() -> cases.escalate(NORTH_CASEWORKER, id, 5, " ")).isInstanceOf(InvalidCaseInput.class);
	}

	@Test
	void theLatestConsentAnswerCounts() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1006", "scotland", "Consent"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.LINKING, true);
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.LINKING, false);

		assertThat(cases.read(NORTH_CASEWORKER, id).client().hasConsented(ConsentKind.LINKING)).isFalse();
	}

	@Test
	void supervisorsSeeWhoViewedACaseAndCanReassignIt() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-1007", "scotland", "Audit"));
		cases.read(NORTH_CASEWORKER, id);

		cases.reassign(NORTH_SUPERVISOR, id, Actors.NORTH_CASEWORKER_3.username());

		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action)
			.contains("VIEWED", "REASSIGNED", "OPENED");
		assertThatThrownBy(() -> cases.auditTrail(NORTH_CASEWORKER, id)).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> cases.reassign(NORTH_CASEWORKER, id, "x")).isInstanceOf(NotPermitted.class);
	}

	@Test
	void badInputIsRefusedFieldByField() {
		assertThatThrownBy(() -> cases.open(NORTH_CASEWORKER, NewCase.of("J", "scotland", "")))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					e -> assertThat(e.errors()).containsKeys("clientCode", "summary"));
		assertThatThrownBy(() -> cases.open(NORTH_CASEWORKER, NewCase.of("NC-1", "atlantis", "x")))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("jurisdiction"));
		assertThatThrownBy(() -> cases.open(COORDINATOR, NewCase.of("NC-1", "scotland", "x")))
			.isInstanceOf(NotPermitted.class);
	}
}
