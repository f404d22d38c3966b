package org.falseos.casework.cases.closure;

import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseClosed;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseReopened;
import org.falseos.casework.cases.ClosureApproved;
import org.falseos.casework.cases.ClosureRejected;
import org.falseos.casework.cases.ClosureRequested;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.cases.internal.CaseAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closure by approval. Every step locks the case row first (the read-only guard takes the same lock), so two
 * supervisors deciding one request at once queue: the first decides, the second finds it decided (409).
 */
@Service
@Transactional
class ClosureManagement implements CaseClosures {

	static final int REASON = 2_000;

	private final CaseAccess access;

	private final ClosureRows rows;

	private final ApplicationEventPublisher events;

	ClosureManagement(CaseAccess access, ClosureRows rows, ApplicationEventPublisher events) {
		this.access = access;
		this.rows = rows;
		this.events = events;
	}

	@Override
	public UUID requestClosure(Actor actor, CaseId id, String outcome, String reason) {
		String team = access.requireWritable(actor, id);
		var chosen = Outcome.of(outcome);
		String why = words("reason", reason, true, "Say why the case can close");
		UUID requestId = rows.insert(id, chosen, why, actor.username()).orElseThrow(() -> new CaseConflict(
				"A closure request is already waiting for a supervisor's decision."));
		events.publishEvent(new ClosureRequested(id, requestId, team, actor.username()));
		return requestId;
	}

	@Override
	public void approve(Actor actor, CaseId id, UUID requestId, String comment) {
		var request = deciding(actor, id, requestId, "approve a closure");
		if (request.requestedBy().equals(actor.username())) {
			throw new NotPermitted("You asked for this closure; another supervisor of the team must approve it.");
		}
		decide(actor, request, State.APPROVED, words("comment", comment, false, null));
		rows.close(id, request.outcome());
		events.publishEvent(new ClosureApproved(id, requestId, request.team(), request.requestedBy(), actor.username()));
		events.publishEvent(new CaseClosed(id));
	}

	@Override
	public void reject(Actor actor, CaseId id, UUID requestId, String comment) {
		var request = deciding(actor, id, requestId, "reject a closure");
		decide(actor, request, State.REJECTED,
				words("comment", comment, true, "Tell the caseworker why the case stays open"));
		events.publishEvent(new ClosureRejected(id, requestId, request.team(), request.requestedBy(), actor.username()));
	}

	@Override
	public UUID close(Actor actor, CaseId id, String outcome, String reason) {
		String team = access.requireWritable(actor, id);
		if (!actor.isSupervisor() || !actor.supervisedTeams().contains(team)) {
			throw new NotPermitted("Only a supervisor of the " + team + " team closes a case directly; ask for closure"
					+ " with a closure request (POST /api/cases/" + id + "/closure-requests) instead.");
		}
		var chosen = Outcome.of(outcome);
		String why = words("reason", reason, true, "Say why the case can close");
		var pending = rows.ofCase(id).stream().filter(request -> request.state() == State.PENDING).findFirst();
		if (pending.isPresent()) {
			throw new CaseConflict("A closure request by " + pending.get().requestedBy()
					+ " is waiting: approve or reject it instead.");
		}
		UUID requestId = rows.insertApproved(id, chosen, why, actor.username());
		rows.close(id, chosen);
		events.publishEvent(new ClosureApproved(id, requestId, team, actor.username(), actor.username()));
		events.publishEvent(new CaseClosed(id));
		return requestId;
	}

	@Override
	public void reopen(Actor actor, CaseId id, String reason) {
		String team = access.requireVisible(actor, id);
		CaseAccess.requireSupervisorOf(actor, team, "reopen a case");
		var standing = rows.lock(id);
		String why = words("reason", reason, true, "Say why the case is reopened");
		if (!standing.closed() || !rows.reopen(id, why, actor.username())) {
			throw new CaseConflict("This case is open.");
		}
		events.publishEvent(new CaseReopened(id, team, standing.caseworker(), actor.username()));
	}

	@Override
	@Transactional(readOnly = true)
	public Closure closure(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		var standing = rows.standing(id);
		return new Closure(standing.closed(), standing.closedAt(), standing.outcome(), rows.ofCase(id),
				rows.reopenings(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Request> awaiting(Actor actor) {
		return actor.isSupervisor() && !actor.supervisedTeams().isEmpty() ? rows.pendingIn(actor.supervisedTeams())
				: List.of();
	}

	/** The request, for a supervisor of the case's team, with the case locked; 404 for a request not on this case. */
	private Request deciding(Actor actor, CaseId id, UUID requestId, String step) {
		String team = access.requireVisible(actor, id);
		var request = rows.find(id, requestId).orElseThrow(() -> new UnknownCase("No closure request " + requestId));
		CaseAccess.requireSupervisorOf(actor, team, step);
		rows.lock(id);
		return request;
	}

	private void decide(Actor actor, Request request, State state, String comment) {
		if (!rows.decide(request.id(), state, actor.username(), comment)) {
			var now = rows.find(request.caseId(), request.id()).orElseThrow();
			throw new CaseConflict("This closure request has already been " + now.state().name().toLowerCase()
					+ " by " + now.decidedBy() + ".");
		}
	}

	private static String words(String field, String text, boolean required, String ask) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw InvalidCaseInput.of(field, ask + ", in up to 2,000 characters.");
			}
			return null;
		}
		if (text.length() > REASON) {
			throw InvalidCaseInput.of(field, "The " + field + " is limited to 2,000 characters.");
		}
		return text.strip();
	}
}
