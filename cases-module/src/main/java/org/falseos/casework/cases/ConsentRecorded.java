package org.falseos.casework.cases;

/** A client's answer to a consent question was recorded on a case. */
public record ConsentRecorded(CaseId caseId, ClientId clientId, ConsentKind kind, boolean given) {
}
