package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caseworker's home page shows about the open cases assigned to them: the tasks falling due and what was
 * recorded on those cases lately. Only cases the caseworker may see and is assigned to; reading the agenda is not
 * a view of any case, so it is not recorded in the cases' audit trails.
 */
public interface CaseworkerAgenda {

	/** Open tasks due on or before {@code dueBy} (overdue ones first), on the open cases assigned to this person. */
	List<DueTask> dueTasks(Actor actor, LocalDate dueBy, int limit);

	/** Entries recorded since {@code since} on the open cases assigned to this person, by anyone, newest first. */
	List<CaseChange> recentChanges(Actor actor, Instant since, int limit);

	/** An open task with a due date, and the case it belongs to. */
	record DueTask(CaseId caseId, String clientCode, String title, LocalDate dueOn) {
	}

	/**
	 * One thing recorded on a case: {@code kind} is {@code incident}, {@code identifier}, {@code reference},
	 * {@code escalation}, {@code consent}, {@code task} or {@code evidence}; no entry content, so a list of
	 * changes holds no victim's words.
	 */
	record CaseChange(CaseId caseId, String clientCode, String kind, String by, Instant at) {
	}
}
