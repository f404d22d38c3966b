package org.falseos.casework.cases;

import java.time.Instant;

/**
 * What the locker recorded about one file: the name as given, the type detected from its content (and whether
 * the name's extension agrees), its size and SHA-256 at upload, its capture metadata, and its deletion if any.
 */
public record EvidenceRecord(EvidenceId id, CaseId caseId, String fileName, String mediaType,
		boolean nameMatchesContent, long size, String sha256, CaptureMetadata capture, String uploadedBy,
		Instant uploadedAt, Deletion deletion) {

	public boolean isDeleted() {
		return deletion != null;
	}

	/** Who destroyed the file, when and why; the record itself stays. */
	public record Deletion(String by, Instant at, String reason) {
	}
}
