package org.falseos.casework.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The supervisor's board: the open cases of the teams a supervisor supervises, on the rungs of the escalation
 * ladder, the cases that have stalled, each caseworker's load, figures and a weekly series. Supervisors only
 * ({@link NotPermitted} for anyone else, and for a team they do not supervise). Reading the board is not a view of
 * any case, so it is not audited; rows carry no client details beyond the pseudonymous code. The thresholds are the
 * organisation's settings ({@code falseos.supervision.*}), not legal deadlines.
 */
public interface SupervisionBoard {

	/** Cases listed per rung; the count is of them all, and the case list shows the rest. */
	int CASES_PER_RUNG = 25;

	/** Stalled cases listed (those stalled longest first); the counts are of them all. */
	int STALLED_SHOWN = 50;

	/** Weeks in the opened/closed series, this week included. */
	int WEEKS = 12;

	/** Rungs the board always shows (0, not started, to 8), more if a ladder has more. */
	int HIGHEST_RUNG = 8;

	Board board(Actor actor, Query query);

	/** Every open case of the board (for its CSV download), longest on its rung first within each rung. */
	List<BoardCase> cases(Actor actor, Query query);

	/**
	 * The ids of the board's open cases, for figures another module answers (cases in linked patterns), which the
	 * web layer composes so that this module does not depend on that one.
	 */
	List<CaseId> openCaseIds(Actor actor, Query query);

	/**
	 * Whose board: {@code team} null means every team the supervisor supervises, {@code caseworker} null means every
	 * caseworker. {@code now} and {@code zone} (the organisation's local time zone) decide today, this week (from
	 * Monday) and this month.
	 */
	record Query(String team, String caseworker, Instant now, ZoneId zone) {

		public LocalDate today() {
			return LocalDate.ofInstant(now, zone);
		}
	}

	record Board(List<String> teams, List<String> caseworkers, List<Rung> rungs, List<StalledCase> stalled,
			StalledCounts stalledCounts, List<Caseload> caseload, Figures figures, List<Week> weeks) {
	}

	/** A rung's title comes from the ladder of the cases' jurisdiction; rung 0 is "not started". */
	record Rung(int rung, String title, long count, List<BoardCase> cases) {
	}

	/** {@code stalled} is why the case is on the stalled list, or null. */
	record BoardCase(CaseId id, String clientCode, String caseworker, String team, int rung, Instant rungSince,
			long daysOnRung, Instant lastActivityAt, LocalDate nextTaskDue, StallReason stalled) {
	}

	enum StallReason {
		/** A supervision note's "review by" date is today or past (listed first: a supervisor asked for it). */
		REVIEW_DUE("review due"),
		/** No diary entry, ladder move, reference number, task done or reopening for {@code stalled-after}. */
		NO_PROGRESS("no progress"),
		/** On the same rung for longer than {@code rung-review-after}. */
		HELD_ON_RUNG("held on rung");

		private final String words;

		StallReason(String words) {
			this.words = words;
		}

		/** How the board and its API name the reason. */
		public String words() {
			return words;
		}
	}

	/**
	 * One row per case, with the first of its reasons in {@link StallReason} order; {@code since} is when that
	 * reason began (the last progress, the arrival on the rung, or the start of the review date).
	 */
	record StalledCase(CaseId id, String clientCode, String caseworker, StallReason reason, Instant since,
			long days) {
	}

	/**
	 * Cases per reason (a case counts under each reason it meets) and distinct cases in all, with the thresholds
	 * they were counted by.
	 */
	record StalledCounts(long total, long reviewDue, long noProgress, long heldOnRung, Duration stalledAfter,
			Duration rungReviewAfter) {
	}

	/** {@code overdueTasks}: open tasks (not done, not withdrawn) due before today on the caseworker's open cases. */
	record Caseload(String caseworker, long open, long overdueTasks, long stalled) {
	}

	/**
	 * The board's figures, over the board's teams and caseworker filter.
	 * <ul>
	 * <li>{@code openedThisWeek}/{@code openedThisMonth}: opened since Monday / the 1st, in the local zone;</li>
	 * <li>{@code closedLast30Days}: closed in the 30 days up to now;</li>
	 * <li>{@code changedByOthers}: open cases with at least one diary entry, ladder move, reference number or task
	 * (added or done) in the last 30 days by someone other than the case's current caseworker;</li>
	 * <li>{@code medianDaysToClose}: opening to closing, over the cases closed in the last 90 days (null if none);</li>
	 * <li>{@code medianDaysToFirstReference}: opening to the case's first reference number that was not withdrawn,
	 * over the cases whose first one was recorded in the last 90 days (null if none);</li>
	 * <li>{@code waitingForPoliceConsent}: open cases whose latest police consent answer is not "given" (none
	 * recorded, or refused) and that hold no unused supervisor's override: what police release would refuse.</li>
	 * </ul>
	 */
	record Figures(long open, long openedThisWeek, long openedThisMonth, long closedLast30Days, long changedByOthers,
			Double medianDaysToClose, Double medianDaysToFirstReference, long waitingForPoliceConsent) {
	}

	/** Cases opened and closed in the week from {@code starting} (a Monday, local zone). */
	record Week(LocalDate starting, long opened, long closed) {
	}
}
