package org.falseos.casework.cases;

/** A case moved on the escalation ladder. */
public record EscalationChanged(CaseId caseId, int fromRung, int toRung) {
}
