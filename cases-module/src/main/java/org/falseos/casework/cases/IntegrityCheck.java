package org.falseos.casework.cases;

import java.time.Instant;

/** The outcome of re-hashing a stored file against the SHA-256 recorded at upload. */
public record IntegrityCheck(EvidenceId evidenceId, Result result, String recordedSha256, String currentSha256,
		Instant checkedAt) {

	public enum Result {

		OK, MISMATCH, MISSING
	}
}
