package org.falseos.casework.cases.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The supervised side of a synthetic case: its ladder moves, reassignment, closure requests, reopening and
 * supervision notes. Every text is a fixed, obviously synthetic sentence; the outcomes are the fixed set the
 * closure requests use.
 */
final class Supervision {

	/** Outcomes of an approved closure, most cases resolved, few referred elsewhere (weights out of 100). */
	static final List<String> OUTCOMES = List.of("RESOLVED", "NO_FURTHER_ACTION", "LOST_CONTACT", "CLIENT_WITHDREW",
			"REFERRED_ELSEWHERE");

	private static final int[] OUTCOME_WEIGHTS = { 45, 20, 15, 12, 8 };

	private static final List<String> REASONS = List.of(
			"Synthetic: the posts were taken down and nothing new was reported for a month",
			"Synthetic: nothing more the service can do on this case",
			"Synthetic: no reply from the client after three attempts",
			"Synthetic: the client asked the service to stop", "Synthetic: referred to a specialist service");

	static final String APPROVED_COMMENT = "Synthetic: agreed, closing the case";

	static final String REJECTED_COMMENT = "Synthetic: chase the platform once more before closing";

	static final String REASSIGNMENT_REASON = "Synthetic: caseload balancing";

	static final String REOPENING_REASON = "Synthetic: the client reported new messages after closing";

	private static final String[] NOTES = { "Synthetic note: check the platform's answer and update the diary",
			"Synthetic note: agree the next rung with the client", "Synthetic note: review the safety plan",
			"Synthetic note: ask the officer for an update" };

	record Move(UUID id, int from, int to, String movedBy, Instant movedAt) {
	}

	record ClosureRequest(UUID id, String outcome, String reason, String requestedBy, Instant requestedAt,
			String state, String decidedBy, Instant decidedAt, String comment) {
	}

	record Reassignment(UUID id, String from, String to, String team, String by, Instant at) {
	}

	record Reopening(UUID id, String by, Instant at) {
	}

	record Note(UUID id, String note, LocalDate reviewBy, String writtenBy, Instant writtenAt) {
	}

	private Supervision() {
	}

	static String outcome(SplittableRandom random) {
		int r = random.nextInt(100);
		for (int k = 0; k < OUTCOME_WEIGHTS.length; k++) {
			r -= OUTCOME_WEIGHTS[k];
			if (r < 0) {
				return OUTCOMES.get(k);
			}
		}
		return OUTCOMES.getFirst();
	}

	static String reason(String outcome) {
		return REASONS.get(OUTCOMES.indexOf(outcome));
	}

	static String note(SplittableRandom random) {
		return NOTES[random.nextInt(NOTES.length)];
	}
}
