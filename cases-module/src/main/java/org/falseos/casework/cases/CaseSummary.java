package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A case as lists show it: no client details beyond the pseudonymous code. */
public record CaseSummary(CaseId id, String clientCode, String team, String assignedTo, String status,
		String summary, int rung, LocalDate nextTaskDue, int openTasks, Instant openedAt) {
}
