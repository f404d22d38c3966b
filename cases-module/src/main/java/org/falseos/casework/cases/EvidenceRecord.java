package org.falseos.casework.cases;

import java.time.Instant;

/**
 * What the locker recorded about one file: the name as given, the type detected from its content, the type the
 * name's extension claims (null when it claims none) and whether the two agree, its size and SHA-256 at upload,
 * its capture metadata, and its deletion if any.
 */
public record EvidenceRecord(EvidenceId id, CaseId caseId, String fileName, String mediaType, String nameType,
		boolean nameMatchesContent, long size, String sha256, CaptureMetadata capture, String uploadedBy,
		Instant uploadedAt, Deletion deletion) {

	public boolean isDeleted() {
		return deletion != null;
	}

	/** Who destroyed the file, when and why; the record itself stays. */
	public record Deletion(String by, Instant at, String reason) {
	}
}
