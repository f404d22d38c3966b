package org.falseos.casework.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Open tasks falling due on open cases of every team, system to system (no {@link Actor}): the daily scan reads
 * them to remind each case's caseworker. No task title or case content, only the client's pseudonymous code.
 */
public interface DueTasks {

	/** Open tasks due from {@code from} to {@code to} (both included) on open cases of clients not erased. */
	List<DueTask> dueBetween(LocalDate from, LocalDate to);

	record DueTask(UUID taskId, CaseId caseId, String clientCode, String team, String caseworker, LocalDate dueOn) {
	}
}
