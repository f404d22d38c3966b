package org.falseos.casework.cases;

import java.io.InputStream;
import java.util.List;

/**
 * A case's evidence locker. Uploads are streamed to storage and fingerprinted (SHA-256) on the way; the type is
 * detected from the content; the original bytes are never changed. Every upload, view, export, integrity check
 * and deletion is written to the file's chain of custody. Access follows the case: evidence of a case the caller
 * may not see is {@link UnknownCase}.
 */
public interface EvidenceLocker {

	/**
	 * Streams {@code content} into the locker; the caller keeps ownership of the stream and closes it.
	 * @throws EvidenceTooLarge past {@code falseos.evidence.max-size}; nothing is kept
	 * @throws EvidenceAlreadyHeld when the case holds a file with the same SHA-256 (not deleted); nothing is kept
	 */
	EvidenceRecord add(Actor actor, CaseId caseId, String fileName, CaptureMetadata capture, InputStream content);

	/** Every piece of evidence on the case, deleted ones included (marked), oldest first. */
	List<EvidenceRecord> list(Actor actor, CaseId caseId);

	EvidenceRecord record(Actor actor, CaseId caseId, EvidenceId evidenceId);

	/** Opens the original bytes for viewing or download, and records that in the chain of custody. */
	EvidenceOriginal open(Actor actor, CaseId caseId, EvidenceId evidenceId);

	/** Re-hashes the stored file against the SHA-256 recorded at upload and records the outcome. */
	IntegrityCheck verify(Actor actor, CaseId caseId, EvidenceId evidenceId);

	/** A supervisor of the case's team destroys the file, with a reason; the record stays, marked deleted. */
	void delete(Actor actor, CaseId caseId, EvidenceId evidenceId, String reason);

	/** The chain of custody of one piece of evidence, oldest first. */
	List<CustodyEntry> custody(Actor actor, CaseId caseId, EvidenceId evidenceId);
}
