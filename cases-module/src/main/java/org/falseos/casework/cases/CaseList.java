package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case list: the cases this person may see (the same policy as {@link Cases#visibleTo}), filtered, sorted and
 * {@value #PAGE_SIZE} a page, with counts. Listing is not a view of any case, so it is not audited; rows carry no
 * client details beyond the pseudonymous code.
 */
public interface CaseList {

	int PAGE_SIZE = 50;

	/** One page of the cases matching {@code query}; a page past the last is empty, with the counts. */
	Page find(Actor actor, Query query);

	enum Status {
		OPEN, CLOSED
	}

	/** Whose cases: every case of the person's teams (a supervisor's: the teams they supervise), or theirs. */
	enum Scope {
		TEAM, MINE
	}

	enum Sort {
		/** Last change first (the default). */
		LAST_ACTIVITY,
		/** Most recently opened first. */
		OPENED,
		/** Highest rung first. */
		RUNG
	}

	/**
	 * What to list. Null {@code status}, {@code rung} or {@code harmType} (a harm slug) means any; {@code overdue}
	 * keeps open cases with an open task due before {@code today}; {@code page} counts from 1.
	 */
	record Query(Status status, Integer rung, String harmType, boolean overdue, Scope scope, Sort sort, int page,
			LocalDate today) {
	}

	/** One row: {@code overdue} when the case is open and its next open task was due before today. */
	record Row(CaseId id, String clientCode, String summary, Status status, int rung, String assignedTo,
			LocalDate nextTaskDue, boolean overdue, Instant lastActivityAt) {
	}

	/**
	 * Counts under the query's other filters: {@code open} and {@code closed} ignore the status filter, and
	 * {@code overdue} ignores the overdue filter; {@code total} is what matches the whole query.
	 */
	record Counts(long total, long open, long closed, long overdue) {
	}

	record Page(List<Row> rows, int page, int pageSize, Counts counts) {

		public long pages() {
			return Math.max(1, (counts.total() + pageSize - 1) / pageSize);
		}

		public boolean hasNext() {
			return page < pages();
		}

		public boolean hasPrevious() {
			return page > 1;
		}

		/** Position of the first row shown, from 1 (0 when nothing matches). */
		public long first() {
			return rows.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
		}

		public long last() {
			return rows.isEmpty() ? 0 : first() + rows.size() - 1;
		}
	}
}
