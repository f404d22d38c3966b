package org.falseos.casework.cases;

/**
 * A supervisor gave the case to another caseworker, of the same team or (a team move) of another team the
 * supervisor also supervises; the teams are equal when the case stayed in its team.
 */
public record CaseReassigned(CaseId caseId, String fromTeam, String toTeam, String fromCaseworker,
		String toCaseworker, String reassignedBy) {
}
