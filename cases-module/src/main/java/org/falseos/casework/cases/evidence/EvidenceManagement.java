package org.falseos.casework.cases.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CustodyAction;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceAdded;
import org.falseos.casework.cases.EvidenceAlreadyHeld;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.EvidenceOriginal;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.IntegrityCheck;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.cases.internal.AuditLog;
import org.falseos.casework.cases.internal.CaseAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

// Not @Transactional as a whole: an upload or a re-hash of a large file must not hold a database connection
// while the bytes stream. Each step that writes rows runs in its own short transaction.
@Service
class EvidenceManagement implements EvidenceLocker {

	private final CaseAccess access;

	private final EvidenceRows rows;

	private final CustodyLog custody;

	private final EvidenceStore store;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	EvidenceManagement(CaseAccess access, EvidenceRows rows, CustodyLog custody, EvidenceStore store, AuditLog audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.access = access;
		this.rows = rows;
		this.custody = custody;
		this.store = store;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public EvidenceRecord add(Actor actor, CaseId caseId, String fileName, CaptureMetadata capture, InputStream content) {
		// Checked before the first byte is read: nobody gets to fill the disk of a case they cannot see.
		access.requireWritable(actor, caseId);
		EvidenceRules.check(fileName, capture);
		var id = new EvidenceId(UUID.randomUUID());
		var stored = store.store(id, content);
		try {
			return transactions.execute(status -> {
				// Again, under a lock: the case may have been closed or its client erased while the bytes came in.
				// The lock also queues a parallel upload to the same case, so two copies cannot both pass the check.
				rows.lockCase(caseId);
				access.requireWritable(actor, caseId);
				var held = rows.heldWithHash(caseId, stored.sha256());
				if (held.isPresent()) {
					throw new EvidenceAlreadyHeld(held.get());
				}
				String claimed = ContentTypes.claimedBy(fileName);
				rows.insert(id, caseId, fileName, stored, claimed, ContentTypes.agree(claimed, stored.mediaType()),
						capture, actor.username());
				custody.record(id, caseId, CustodyAction.UPLOADED, actor.username(),
						stored.size() + " bytes, SHA-256 " + stored.sha256());
				audit.record(caseId, rows.clientOf(caseId), actor.username(), "EVIDENCE_ADDED", id.toString());
				events.publishEvent(new EvidenceAdded(caseId, id, stored.sha256()));
				return rows.find(caseId, id).orElseThrow();
			});
		}
		catch (RuntimeException e) {
			store.destroy(id);
			throw e;
		}
	}

	@Override
	public List<EvidenceRecord> list(Actor actor, CaseId caseId) {
		access.requireVisible(actor, caseId);
		return rows.ofCase(caseId);
	}

	@Override
	public EvidenceRecord record(Actor actor, CaseId caseId, EvidenceId evidenceId) {
		access.requireVisible(actor, caseId);
		return existing(caseId, evidenceId);
	}

	@Override
	public EvidenceOriginal open(Actor actor, CaseId caseId, EvidenceId evidenceId) {
		access.requireVisible(actor, caseId);
		var record = present(caseId, evidenceId);
		InputStream content = openStored(evidenceId);
		try {
			transactions.executeWithoutResult(status -> {
				custody.record(evidenceId, caseId, CustodyAction.VIEWED, actor.username(), null);
				audit.record(caseId, rows.clientOf(caseId), actor.username(), "EVIDENCE_DOWNLOADED", evidenceId.toString());
			});
		}
		catch (RuntimeException e) {
			closeQuietly(content);
			throw e;
		}
		return new EvidenceOriginal(record, content);
	}

	@Override
	public IntegrityCheck verify(Actor actor, CaseId caseId, EvidenceId evidenceId) {
		access.requireVisible(actor, caseId);
		var record = present(caseId, evidenceId);
		String current = store.rehash(evidenceId).orElse(null);
		var result = current == null ? IntegrityCheck.Result.MISSING
				: current.equals(record.sha256()) ? IntegrityCheck.Result.OK : IntegrityCheck.Result.MISMATCH;
		custody.record(evidenceId, caseId, CustodyAction.INTEGRITY_CHECKED, actor.username(),
				result == IntegrityCheck.Result.MISMATCH ? "MISMATCH: now " + current : result.name());
		return new IntegrityCheck(evidenceId, result, record.sha256(), current, Instant.now());
	}

	@Override
	public void delete(Actor actor, CaseId caseId, EvidenceId evidenceId, String reason) {
		String team = access.requireVisible(actor, caseId);
		existing(caseId, evidenceId);
		CaseAccess.requireSupervisorOf(actor, team, "delete evidence");
		EvidenceRules.checkReason(reason);
		transactions.executeWithoutResult(status -> {
			access.requireWritable(actor, caseId);
			if (!rows.markDeleted(evidenceId, actor.username(), reason.strip())) {
				throw new CaseConflict("This evidence has already been deleted.");
			}
			custody.record(evidenceId, caseId, CustodyAction.DELETED, actor.username(), reason.strip());
			audit.record(caseId, rows.clientOf(caseId), actor.username(), "EVIDENCE_DELETED", evidenceId.toString());
			// Last, inside the transaction: if the file cannot be destroyed the record is not marked deleted.
			store.destroy(evidenceId);
		});
	}

	@Override
	public List<CustodyEntry> custody(Actor actor, CaseId caseId, EvidenceId evidenceId) {
		access.requireVisible(actor, caseId);
		existing(caseId, evidenceId);
		return custody.of(evidenceId);
	}

	private EvidenceRecord existing(CaseId caseId, EvidenceId evidenceId) {
		return rows.find(caseId, evidenceId).orElseThrow(() -> new UnknownCase("No evidence " + evidenceId));
	}

	/** An existing record whose file has not been deleted. */
	private EvidenceRecord present(CaseId caseId, EvidenceId evidenceId) {
		var record = existing(caseId, evidenceId);
		if (record.isDeleted()) {
			var deletion = record.deletion();
			throw new CaseConflict("This evidence was deleted by " + deletion.by() + " on " + deletion.at()
					+ " (" + deletion.reason() + "); only its record remains.");
		}
		return record;
	}

	private InputStream openStored(EvidenceId evidenceId) {
		try {
			return store.open(evidenceId);
		}
		catch (NoSuchFileException e) {
			throw new CaseConflict("The stored file of this evidence is missing. Run an integrity check and tell "
					+ "your supervisor.");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void closeQuietly(InputStream content) {
		try {
			content.close();
		}
		catch (IOException ignored) {
			// Nothing was handed out; the stream only held a file handle.
		}
	}
}
