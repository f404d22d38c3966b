package org.falseos.casework.cases;

import java.util.UUID;

/**
 * A supervisor gave the case to another caseworker, of the same team or (a team move) of another team the
 * supervisor also supervises; the teams are equal when the case stayed in its team. {@code reassignmentId} is the
 * history row ({@code cases.reassignment}), so each hand-over is told apart from an identical one made later.
 */
public record CaseReassigned(CaseId caseId, UUID reassignmentId, String fromTeam, String toTeam, String fromCaseworker,
		String toCaseworker, String reassignedBy) {
}
