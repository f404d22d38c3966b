package org.falseos.casework.cases;

/** A case was closed. */
public record CaseClosed(CaseId caseId) {
}
