package org.falseos.casework.cases;

/** A case was opened for a client in a team. */
public record CaseOpened(CaseId caseId, ClientId clientId, String team, String jurisdiction) {
}
