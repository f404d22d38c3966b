package org.falseos.casework.cases;

/** A supervisor allowed one police bundle of a case without the client's police consent. */
public record PoliceConsentOverridden(CaseId caseId, String supervisor) {
}
