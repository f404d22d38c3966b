package org.falseos.casework.web.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.internal.inbox.InboxFixtures.NORTH;
import static org.falseos.casework.web.internal.inbox.InboxFixtures.SOUTH;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseReassigned;
import org.falseos.casework.cases.CaseStalled;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.ClosureApproved;
import org.falseos.casework.cases.ClosureRejected;
import org.falseos.casework.cases.ClosureRequested;
import org.falseos.casework.cases.ErasureRequested;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.SupervisionNoteAdded;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events reach the people they concern, and only them, through the real publication registry; a redelivered
 * event adds nothing. Each test uses its own case and event ids, so the shared context's other notifications do
 * not matter.
 */
@InboxTest
class InboxListenersIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	InboxListeners listeners;

	InboxFixtures given;

	@BeforeEach
	void people() {
		given = new InboxFixtures(cases, jdbc, events, tx);
		given.morePeople();
	}

	@Test
	void theSameEventDeliveredTwiceMakesOneNotification() {
		CaseId caseId = given.open(NORTH);
		var note = new SupervisionNoteAdded(caseId, UUID.randomUUID(), "North", "caseworker", "supervisor", null);

		given.publish(note);
		given.publish(note);
		given.awaitDelivered();
		// And once more straight into the listener, as a retry after a crash between the insert and the completion.
		InboxListeners target = AopTestUtils.getTargetObject(listeners);
		target.on(note);

		assertThat(given.textsFor("caseworker", caseId)).containsExactly(
				"Supervision note on case " + given.clientCode(caseId));
		assertThat(given.recipientsOf("note:" + note.noteId())).containsExactly("caseworker");
	}

	@Test
	void caseworkerEventsReachTheCaseworkerOnly() {
		CaseId caseId = given.open(NORTH);
		UUID approved = UUID.randomUUID();
		UUID rejected = UUID.randomUUID();
		given.publish(new ClosureApproved(caseId, approved, "North", "caseworker", "supervisor"));
		given.publish(new ClosureRejected(caseId, rejected, "North", "caseworker", "supervisor"));
		UUID handOver = UUID.randomUUID();
		given.publish(new CaseReassigned(caseId, handOver, "North", "North", "caseworker", "caseworker-north2",
				"supervisor"));
		given.awaitDelivered();

		assertThat(given.recipientsOf("closure-decided:" + approved)).containsExactly("caseworker");
		assertThat(given.recipientsOf("closure-decided:" + rejected)).containsExactly("caseworker");
		String move = handOver.toString();
		assertThat(given.recipientsOf("reassigned:" + move)).containsExactly("caseworker-north2");
		assertThat(given.recipientsOf("taken-off:" + move)).containsExactly("caseworker");
		String code = given.clientCode(caseId);
		assertThat(given.textsFor("caseworker-north2", caseId)).containsExactly("Case " + code + " was given to you");
		assertThat(jdbc.sql("select link from web.notification where dedup_key = ?").param("taken-off:" + move)
			.query(String.class).single()).as("still in the team, so still a link to the case").isEqualTo("/cases/" + caseId);
		// Delivered by listeners running side by side: in no particular order.
		assertThat(given.textsFor("caseworker", caseId)).containsExactlyInAnyOrder("Closure of case " + code + " approved",
				"Closure of case " + code + " rejected", "Case " + code + " was given to someone else");
	}

	@Test
	void supervisorEventsReachEverySupervisorOfTheTeamAndNoOther() {
		CaseId caseId = given.open(NORTH);
		UUID closure = UUID.randomUUID();
		UUID erasure = UUID.randomUUID();
		Instant since = Instant.parse("2026-10-01T09:00:00Z");
		given.publish(new ClosureRequested(caseId, closure, "North", "caseworker"));
		given.publish(new CaseStalled(caseId, "North", "caseworker", CaseStalled.Reason.NO_PROGRESS, since));
		given.publish(new ErasureRequested(erasure, new ClientId(UUID.randomUUID()), "North", "supervisor"));
		given.awaitDelivered();

		assertThat(given.recipientsOf("closure-requested:" + closure)).containsExactly("lead",
				"supervisor", "supervisor-north2");
		assertThat(given.recipientsOf("stalled:" + caseId + ":NO_PROGRESS:" + since)).containsExactly("lead",
				"supervisor", "supervisor-north2");
		// The requester cannot be the second person. ("lead" is the demo supervisor of North and South.)
		assertThat(given.recipientsOf("erasure:" + erasure)).containsExactly("lead", "supervisor-north2");
		assertThat(jdbc.sql("select count(*) from web.notification where recipient = 'supervisor-south' and case_id = ?")
			.param(caseId.id()).query(Integer.class).single()).as("a supervisor of another team").isZero();
	}

	@Test
	void aNewSuggestionReachesCoordinatorsAndAnAcceptedLinkAsksBothCaseworkersForConsent() {
		CaseId north = given.open(NORTH);
		CaseId south = given.open(SOUTH);
		String handle = "@inbox.troll." + UUID.randomUUID().toString().substring(0, 8);
		cases.recordIdentifier(NORTH, north, new NewIdentifier(IdentifierKind.HANDLE, "X", handle));
		cases.recordIdentifier(SOUTH, south, new NewIdentifier(IdentifierKind.HANDLE, "X", handle));
		given.awaitDelivered();
		var coordinator = new Actor("coordinator", java.util.Set.of("COORDINATOR"), java.util.Set.of(),
				java.util.Set.of());
		var suggestion = linking.suggestions(coordinator, false).stream()
			.filter(s -> s.caseIds().containsAll(List.of(north, south))).findFirst().orElseThrow();

		assertThat(given.recipientsOf("suggestion:" + suggestion.id())).containsExactly("coordinator");

		linking.accept(coordinator, suggestion.id());
		given.awaitDelivered();

		assertThat(given.recipientsOf("consent:" + suggestion.id() + ":" + north)).containsExactly("caseworker");
		assertThat(given.recipientsOf("consent:" + suggestion.id() + ":" + south)).containsExactly("caseworker2");
		assertThat(given.textsFor("caseworker", north)).containsExactly(
				"Ask the client of case " + given.clientCode(north) + " about linking");
	}
}
