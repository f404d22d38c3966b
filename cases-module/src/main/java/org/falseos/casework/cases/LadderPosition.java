package org.falseos.casework.cases;

import java.time.Instant;
import java.util.List;

/**
 * The rung a case is on and the next one, by number and title, with links into the guide, and when the case
 * reached its rung (its opening, for rung 0), as recorded with the move; {@link #ladder()} lists every rung, for
 * choosing where to move.
 */
public record LadderPosition(int rung, String rungTitle, String rungSummary, String rungUrl, Integer nextRung,
		String nextTitle, String nextSummary, String nextUrl, int rungs, Instant rungSince, List<Rung> ladder) {

	public record Rung(int number, String title, String url) {
	}
}
