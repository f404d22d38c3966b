package org.falseos.casework.cases;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Closing a case by a supervisor's approval, and reopening it. A caseworker of the team (or anyone who may see the
 * case) asks for closure with an outcome and a reason; a supervisor of the case's team who did not ask approves or
 * rejects it, once. A closed case is read-only until a supervisor of its team reopens it with a reason.
 */
public interface CaseClosures {

	/** Asks for the case to be closed; {@link CaseConflict} while another request waits or the case is closed. */
	UUID requestClosure(Actor actor, CaseId id, String outcome, String reason);

	/** Closes the case as requested ({@link ClosureApproved}, then {@link CaseClosed}); the comment is optional. */
	void approve(Actor actor, CaseId id, UUID requestId, String comment);

	/** Turns the request down with a comment for the caseworker ({@link ClosureRejected}); the case stays open. */
	void reject(Actor actor, CaseId id, UUID requestId, String comment);

	/**
	 * A supervisor of the case's team closes it at once, recorded as a request they made and approved themselves.
	 * Anyone else gets {@link NotPermitted}: they ask with {@link #requestClosure}.
	 */
	UUID close(Actor actor, CaseId id, String outcome, String reason);

	/** A supervisor of the case's team opens a closed case again, with the reason ({@link CaseReopened}). */
	void reopen(Actor actor, CaseId id, String reason);

	/** The case's closure as it stands, with every request and reopening, newest first. */
	Closure closure(Actor actor, CaseId id);

	/** Requests waiting for a decision in the teams this person supervises, oldest first. */
	List<Request> awaiting(Actor actor);

	/** How a case ended, as the charity records it: the caseworker's account, never a finding of law. */
	enum Outcome {

		RESOLVED("Resolved: what the client came to us for is done"),
		CLIENT_WITHDREW("The client chose to stop"),
		LOST_CONTACT("We lost contact with the client"),
		REFERRED_ELSEWHERE("Referred to another service"),
		NO_FURTHER_ACTION("Nothing more we can do for now");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** The outcome of this exact name, or {@link InvalidCaseInput} naming {@code outcome}. */
		public static Outcome of(String name) {
			return Arrays.stream(values()).filter(outcome -> outcome.name().equals(name)).findFirst()
				.orElseThrow(() -> InvalidCaseInput.of("outcome", "Choose how the case ended: one of "
						+ String.join(", ", Arrays.stream(values()).map(Enum::name).toList()) + "."));
		}
	}

	enum State {

		PENDING, APPROVED, REJECTED
	}

	/** A closure request and, once made, its decision. */
	record Request(UUID id, CaseId caseId, String clientCode, String team, Outcome outcome, String reason,
			String requestedBy, Instant requestedAt, State state, String decidedBy, Instant decidedAt, String comment) {
	}

	record Reopening(UUID id, String reason, String reopenedBy, Instant reopenedAt) {
	}

	/** {@code closedAt} and {@code outcome} are set while the case is closed. */
	record Closure(boolean closed, Instant closedAt, Outcome outcome, List<Request> requests,
			List<Reopening> reopenings) {

		public Optional<Request> pending() {
			return requests.stream().filter(request -> request.state() == State.PENDING).findFirst();
		}
	}
}
