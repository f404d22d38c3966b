package org.falseos.casework.cases;

import java.time.Instant;

/**
 * An open case crossed one of the supervision thresholds ({@code falseos.supervision.*}): no progress since
 * {@code since}, or held on its rung since {@code since}. Published once per crossing by the daily scan.
 */
public record CaseStalled(CaseId caseId, String team, String caseworker, Reason reason, Instant since) {

	public enum Reason {
		/** No diary entry, ladder move, reference number or task done for {@code stalled-after}. */
		NO_PROGRESS,
		/** On the same rung for longer than {@code rung-review-after}. */
		HELD_ON_RUNG
	}
}
