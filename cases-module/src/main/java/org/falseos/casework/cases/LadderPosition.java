package org.falseos.casework.cases;

/** The rung a case is on and the next one, by number and title, with links into the guide. */
public record LadderPosition(int rung, String rungTitle, String rungSummary, String rungUrl, Integer nextRung,
		String nextTitle, String nextSummary, String nextUrl, int rungs) {
}
