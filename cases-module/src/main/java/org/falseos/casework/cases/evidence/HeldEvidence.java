package org.falseos.casework.cases.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CustodyAction;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.IntegrityCheck;
import org.springframework.stereotype.Component;

/**
 * The evidence of a case as the module's exports and erasure need it, without an access check of its own:
 * callers decide access first. Public only for the module's sub-packages.
 */
@Component
public class HeldEvidence {

	private final EvidenceRows rows;

	private final CustodyLog custody;

	private final EvidenceStore store;

	HeldEvidence(EvidenceRows rows, CustodyLog custody, EvidenceStore store) {
		this.rows = rows;
		this.custody = custody;
		this.store = store;
	}

	/** An original as it went into an archive: where, and whether it still hashed to its recorded SHA-256. */
	public record Exported(EvidenceRecord record, String path, IntegrityCheck.Result integrity, String sha256Now) {
	}

	public List<EvidenceRecord> ofCase(CaseId caseId) {
		return rows.ofCase(caseId);
	}

	/**
	 * Copies an original, byte for byte, into a new archive entry under {@code folder}, re-hashing it on the way,
	 * and records the export in its chain of custody ({@code purpose} says which export). A missing file gets no
	 * entry; the custody log and the answer say so.
	 */
	public Exported export(EvidenceRecord record, int number, ZipOutputStream zip, String folder, String actor,
			String purpose) throws IOException {
		String path = folder + ArchiveNames.of(number, record.fileName());
		MessageDigest digest = EvidenceStore.sha256();
		try (InputStream in = new DigestInputStream(store.open(record.id()), digest)) {
			var entry = new ZipEntry(path);
			entry.setTime(record.uploadedAt().toEpochMilli());
			zip.putNextEntry(entry);
			in.transferTo(zip);
			zip.closeEntry();
		}
		catch (NoSuchFileException e) {
			custody.record(record.id(), record.caseId(), CustodyAction.EXPORTED, actor, purpose + "; file missing");
			return new Exported(record, null, IntegrityCheck.Result.MISSING, null);
		}
		String now = EvidenceStore.hex(digest);
		var integrity = now.equals(record.sha256()) ? IntegrityCheck.Result.OK : IntegrityCheck.Result.MISMATCH;
		String detail = purpose + " as " + path + "; integrity " + integrity
				+ (integrity == IntegrityCheck.Result.OK ? "" : ", now " + now);
		custody.record(record.id(), record.caseId(), CustodyAction.EXPORTED, actor, detail);
		return new Exported(record, path, integrity, now);
	}

	/** The chain of custody of a file, oldest first. */
	public List<CustodyEntry> custody(EvidenceId id) {
		return custody.of(id);
	}

	/**
	 * Reduces the evidence records of an erased client's case to the minimal record (id, type, size, fingerprint,
	 * dates) and logs the erasure; answers the files the caller must then {@link #destroy}. Runs in the caller's
	 * transaction.
	 */
	public List<EvidenceId> eraseRecords(CaseId caseId, String actor) {
		var held = rows.ofCase(caseId);
		for (EvidenceRecord record : held) {
			rows.markErased(record.id());
			custody.clearDetails(record.id());
			custody.record(record.id(), caseId, CustodyAction.ERASED, actor, "client erased");
		}
		return held.stream().map(EvidenceRecord::id).toList();
	}

	/** Destroys files; one already gone counts as destroyed, so a retried erasure completes. */
	public void destroy(List<EvidenceId> ids) {
		ids.forEach(store::destroy);
	}
}
