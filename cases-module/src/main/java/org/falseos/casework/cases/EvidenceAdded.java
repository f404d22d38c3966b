package org.falseos.casework.cases;

/** A file was added to a case's evidence locker; its SHA-256 is the fingerprint recorded at upload. */
public record EvidenceAdded(CaseId caseId, EvidenceId evidenceId, String sha256) {
}
