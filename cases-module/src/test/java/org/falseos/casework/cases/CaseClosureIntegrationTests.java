package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.falseos.casework.cases.CaseClosures.Outcome;
import org.falseos.casework.cases.CaseClosures.Request;
import org.falseos.casework.cases.CaseClosures.State;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseClosureIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	DataProtection protection;

	@Autowired
	JdbcClient jdbc;

	/** A team of its own per test, so that requests other tests leave waiting stay out of its lists. */
	record Team(String name, Actor worker, Actor supervisor, Actor supervisor2, Actor otherSupervisor) {

		static Team fresh() {
			String name = "Close-" + UUID.randomUUID().toString().substring(0, 8);
			return new Team(name, new Actor(name + "-worker", Set.of("CASEWORKER"), Set.of(name), Set.of()),
					new Actor(name + "-sup", Set.of("SUPERVISOR"), Set.of(), Set.of(name)),
					new Actor(name + "-sup2", Set.of("SUPERVISOR"), Set.of(), Set.of(name)),
					new Actor(name + "-other", Set.of("SUPERVISOR"), Set.of(), Set.of(name + "-elsewhere")));
		}

		CaseId open(Cases cases, String code) {
			return cases.open(worker, NewCase.of(code, "scotland", "Threats on X"));
		}
	}

	@Test
	void anApprovedRequestClosesTheCaseWithItsOutcomeAndPublishesTheDecision(PublishedEvents events) {
		var team = Team.fresh();
		var id = team.open(cases, "CL-1");

		UUID request = closures.requestClosure(team.worker(), id, "RESOLVED", "  The posts are gone  ");
		assertThat(closures.awaiting(team.supervisor())).extracting(Request::id).containsExactly(request);
		assertThat(closures.awaiting(team.otherSupervisor())).isEmpty();
		assertThat(closures.awaiting(team.worker())).isEmpty();
		closures.approve(team.supervisor(), id, request, null);

		var closure = closures.closure(team.worker(), id);
		assertThat(closure.closed()).isTrue();
		assertThat(closure.outcome()).isEqualTo(Outcome.RESOLVED);
		assertThat(closure.closedAt()).isNotNull();
		assertThat(closure.pending()).isEmpty();
		assertThat(closure.requests()).singleElement().satisfies(decided -> {
			assertThat(decided.state()).isEqualTo(State.APPROVED);
			assertThat(decided.reason()).isEqualTo("The posts are gone");
			assertThat(decided.decidedBy()).isEqualTo(team.supervisor().username());
		});
		assertThat(cases.read(team.worker(), id).status()).isEqualTo("CLOSED");
		assertThat(closures.awaiting(team.supervisor())).isEmpty();
		assertThat(events.ofType(ClosureRequested.class).matching(e -> e.requestId().equals(request))).hasSize(1);
		assertThat(events.ofType(ClosureApproved.class).matching(e -> e.requestId().equals(request)
				&& e.approvedBy().equals(team.supervisor().username()) && e.team().equals(team.name()))).hasSize(1);
		assertThat(events.ofType(CaseClosed.class).matching(e -> e.caseId().equals(id))).hasSize(1);
	}

	@Test
	void aRejectionKeepsTheCaseOpenWithTheCommentAndANewRequestCanFollow(PublishedEvents events) {
		var team = Team.fresh();
		var id = team.open(cases, "CL-2");
		UUID first = closures.requestClosure(team.worker(), id, "LOST_CONTACT", "No answer for a month");

		refused(() -> closures.reject(team.supervisor(), id, first, " "), "comment");
		closures.reject(team.supervisor(), id, first, "Try the safe contact number first");

		var closure = closures.closure(team.worker(), id);
		assertThat(closure.closed()).isFalse();
		assertThat(closure.requests()).singleElement().satisfies(rejected -> {
			assertThat(rejected.state()).isEqualTo(State.REJECTED);
			assertThat(rejected.comment()).isEqualTo("Try the safe contact number first");
		});
		assertThat(events.ofType(ClosureRejected.class).matching(e -> e.requestId().equals(first))).hasSize(1);
		assertThat(events.ofType(CaseClosed.class).matching(e -> e.caseId().equals(id))).isEmpty();

		UUID second = closures.requestClosure(team.worker(), id, "LOST_CONTACT", "Tried the safe number too");
		assertThat(closures.closure(team.worker(), id).pending()).map(Request::id).contains(second);
	}

	@Test
	void badRequestsAndWrongPeopleAreRefused() {
		var team = Team.fresh();
		var id = team.open(cases, "CL-3");

		refused(() -> closures.requestClosure(team.worker(), id, "SOLVED", "Done"), "outcome");
		refused(() -> closures.requestClosure(team.worker(), id, null, "Done"), "outcome");
		refused(() -> closures.requestClosure(team.worker(), id, "RESOLVED", " "), "reason");
		refused(() -> closures.requestClosure(team.worker(), id, "RESOLVED", "x".repeat(2_001)), "reason");
		assertThatThrownBy(() -> closures.requestClosure(team.otherSupervisor(), id, "RESOLVED", "Done"))
			.isInstanceOf(UnknownCase.class);
		assertThat(closures.closure(team.worker(), id).requests()).isEmpty();

		UUID request = closures.requestClosure(team.worker(), id, "RESOLVED", "Done");
		assertThatThrownBy(() -> closures.requestClosure(team.worker(), id, "RESOLVED", "Again"))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("already waiting");
		assertThatThrownBy(() -> closures.approve(team.worker(), id, request, null)).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> closures.approve(team.otherSupervisor(), id, request, null))
			.isInstanceOf(UnknownCase.class);
		var elsewhere = team.open(cases, "CL-3b");
		assertThatThrownBy(() -> closures.approve(team.supervisor(), elsewhere, request, null))
			.as("a request of another case").isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> closures.close(team.worker(), id, "RESOLVED", "Done"))
			.isInstanceOf(NotPermitted.class).hasMessageContaining("closure request");
		assertThatThrownBy(() -> closures.close(team.supervisor(), id, "RESOLVED", "Done"))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("waiting");
		assertThat(closures.closure(team.worker(), id).pending()).map(Request::id).contains(request);
	}

	@Test
	void theRequesterCannotApproveTheirOwnRequest() {
		var team = Team.fresh();
		var both = new Actor(team.name() + "-both", Set.of("CASEWORKER", "SUPERVISOR"), Set.of(team.name()),
				Set.of(team.name()));
		var id = team.open(cases, "CL-4");
		UUID request = closures.requestClosure(both, id, "REFERRED_ELSEWHERE", "Referred to the helpline");

		assertThatThrownBy(() -> closures.approve(both, id, request, null)).isInstanceOf(NotPermitted.class)
			.hasMessageContaining("another supervisor");
		closures.approve(team.supervisor(), id, request, "Agreed");
		assertThat(closures.closure(both, id).requests().getFirst().comment()).isEqualTo("Agreed");
	}

	@Test
	void ofTwoSupervisorsDecidingOneRequestAtOnceExactlyOneWins() throws Exception {
		var team = Team.fresh();
		var id = team.open(cases, "CL-5");
		UUID request = closures.requestClosure(team.worker(), id, "CLIENT_WITHDREW", "The client asked us to stop");
		var start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> decisions = new ArrayList<>();
			for (var supervisor : List.of(team.supervisor(), team.supervisor2())) {
				decisions.add(pool.submit(() -> {
					start.await();
					try {
						if (supervisor == team.supervisor()) {
							closures.approve(supervisor, id, request, null);
						}
						else {
							closures.reject(supervisor, id, request, "Not yet");
						}
						return true;
					}
					catch (CaseConflict decided) {
						assertThat(decided).hasMessageContaining("already been");
						return false;
					}
				}));
			}
			start.countDown();
			List<Boolean> won = new ArrayList<>();
			for (var decision : decisions) {
				won.add(decision.get(30, TimeUnit.SECONDS));
			}
			assertThat(Collections.frequency(won, true)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		var closure = closures.closure(team.worker(), id);
		assertThat(closure.requests()).singleElement()
			.satisfies(decided -> assertThat(closure.closed()).isEqualTo(decided.state() == State.APPROVED));
		assertThatThrownBy(() -> closures.reject(team.supervisor2(), id, request, "Late"))
			.isInstanceOf(CaseConflict.class);
	}

	@Test
	void aClosedCaseRefusesEveryChangeUntilASupervisorReopensIt(PublishedEvents events) throws Exception {
		var team = Team.fresh();
		var id = team.open(cases, "CL-6");
		var identifier = cases.recordIdentifier(team.worker(), id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@one"));
		var reference = cases.recordReferenceNumber(team.worker(), id, NewReferenceNumber.of("Police Scotland", "PS-6"));
		var task = cases.addTask(team.worker(), id, "Call back", LocalDate.now().plusDays(1));
		var evidence = locker.add(team.worker(), id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		closures.close(team.supervisor(), id, "NO_FURTHER_ACTION", "Nothing more the police will do");
		Instant lastActivity = lastActivity(id);

		Map<String, ThrowingCallable> writes = Map.ofEntries(
				Map.entry("diary", () -> cases.logIncident(team.worker(), id,
						new NewIncident(Instant.now().minusSeconds(60), "Another post", "X", null, null, null))),
				Map.entry("identifier", () -> cases.recordIdentifier(team.worker(), id,
						new NewIdentifier(IdentifierKind.HANDLE, "X", "@two"))),
				Map.entry("reference", () -> cases.recordReferenceNumber(team.worker(), id,
						NewReferenceNumber.of("Police Scotland", "PS-7"))),
				Map.entry("ladder", () -> cases.escalate(team.worker(), id, 0, 1, "Reported")),
				Map.entry("task", () -> cases.addTask(team.worker(), id, "Later", null)),
				Map.entry("task done", () -> cases.completeTask(team.worker(), id, task)),
				Map.entry("consent given", () -> cases.recordConsent(team.worker(), id, ConsentKind.POLICE, true)),
				Map.entry("police override", () -> cases.overridePoliceConsent(team.supervisor(), id, "Urgent")),
				Map.entry("evidence upload", () -> locker.add(team.worker(), id, "late.png",
						CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(Evidence.png(7)))),
				Map.entry("evidence delete", () -> locker.delete(team.supervisor(), id, evidence.id(), "Wrong file")),
				Map.entry("identifier withdrawal", () -> corrections.withdrawIdentifier(team.worker(), id, identifier,
						"Typed on the wrong case")),
				Map.entry("reference withdrawal", () -> corrections.withdrawReferenceNumber(team.worker(), id, reference,
						"Typed on the wrong case")),
				Map.entry("task withdrawal", () -> corrections.withdrawTask(team.worker(), id, task, "Not needed")),
				Map.entry("closure request", () -> closures.requestClosure(team.worker(), id, "RESOLVED", "Again")),
				Map.entry("direct close", () -> closures.close(team.supervisor(), id, "RESOLVED", "Again")));
		writes.forEach((step, write) -> assertThatThrownBy(write).as(step).isInstanceOf(CaseConflict.class)
			.hasMessage("This case is closed; a supervisor can reopen it."));
		assertThat(lastActivity(id)).as("nothing changed").isEqualTo(lastActivity);

		// The client's data-protection rights and reading go on: withdrawals, the export, the evidence.
		cases.recordConsent(team.worker(), id, ConsentKind.LINKING, false);
		var client = cases.read(team.worker(), id).client().id();
		var export = new ByteArrayOutputStream();
		protection.exportSubjectAccess(team.worker(), client, export);
		assertThat(new String(Zips.entries(export.toByteArray()).get("subject-access.json"), StandardCharsets.UTF_8))
			.as("the closure is part of what is held").contains("Nothing more the police will do", "NO_FURTHER_ACTION");
		assertThat(locker.open(team.worker(), id, evidence.id()).content()).isNotNull();

		refused(() -> closures.reopen(team.supervisor(), id, ""), "reason");
		assertThatThrownBy(() -> closures.reopen(team.worker(), id, "More posts")).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> closures.reopen(team.otherSupervisor(), id, "More posts"))
			.isInstanceOf(UnknownCase.class);
		closures.reopen(team.supervisor(), id, "The posts started again");

		var closure = closures.closure(team.worker(), id);
		assertThat(closure.closed()).isFalse();
		assertThat(closure.outcome()).isNull();
		assertThat(closure.closedAt()).isNull();
		assertThat(closure.reopenings()).singleElement().satisfies(reopening -> {
			assertThat(reopening.reason()).isEqualTo("The posts started again");
			assertThat(reopening.reopenedBy()).isEqualTo(team.supervisor().username());
		});
		assertThat(jdbc.sql("select closure_outcome is null and closed_at is null from cases.case_file where id = :id")
			.param("id", id.id()).query(Boolean.class).single()).isTrue();
		assertThat(events.ofType(CaseReopened.class).matching(e -> e.caseId().equals(id)
				&& e.reopenedBy().equals(team.supervisor().username()) && e.caseworker().equals(team.worker().username())))
			.hasSize(1);
		assertThatThrownBy(() -> closures.reopen(team.supervisor(), id, "Again")).isInstanceOf(CaseConflict.class);
		cases.addTask(team.worker(), id, "Call back again", null);
	}

	@Test
	void anErasureRequestIsPublishedForTheSecondPerson(PublishedEvents events) {
		var team = Team.fresh();
		var id = team.open(cases, "CL-7");
		var client = cases.read(team.worker(), id).client().id();
		UUID request = protection.requestErasure(team.worker(), client, "Client asked by phone");
		assertThat(events.ofType(ErasureRequested.class).matching(e -> e.requestId().equals(request)
				&& e.clientId().equals(client) && e.team().equals(team.name())
				&& e.requestedBy().equals(team.worker().username()))).hasSize(1);
	}

	private Instant lastActivity(CaseId id) {
		return jdbc.sql("select last_activity_at from cases.case_file where id = :id").param("id", id.id())
			.query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
	}

	private static void refused(ThrowingCallable call, String field) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCaseInput.class,
				invalid -> assertThat(invalid.errors()).containsOnlyKeys(field));
	}
}
