package org.falseos.casework.cases.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The locker's records of evidence files. Rows are updated only to mark a deletion or an erasure. */
@Repository
class EvidenceRows {

	private final JdbcClient jdbc;

	EvidenceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(EvidenceId id, CaseId caseId, String fileName, EvidenceStore.StoredFile stored, String nameType,
			boolean nameMatches, CaptureMetadata capture, String by) {
		jdbc.sql("""
				insert into cases.evidence (id, case_id, file_name, media_type, name_type, name_matches_content,
				                            size_bytes, sha256, captured_at, source_url, platform, username_shown,
				                            capture_method, uploaded_by)
				values (:id, :case, :name, :type, :nameType, :matches, :size, :sha, :captured, :url, :platform,
				        :username, :method, :by)
				""").param("id", id.id()).param("case", caseId.id()).param("name", fileName)
			.param("type", stored.mediaType()).param("nameType", nameType).param("matches", nameMatches)
			.param("size", stored.size()).param("sha", stored.sha256()).param("captured", timestamp(capture.capturedAt()))
			.param("url", blankToNull(capture.sourceUrl())).param("platform", blankToNull(capture.platform()))
			.param("username", blankToNull(capture.usernameShown())).param("method", capture.method().name())
			.param("by", by).update();
	}

	Optional<EvidenceRecord> find(CaseId caseId, EvidenceId id) {
		return jdbc.sql("select * from cases.evidence where id = :id and case_id = :case and erased_at is null")
			.param("id", id.id()).param("case", caseId.id()).query(EvidenceRows::toRecord).optional();
	}

	List<EvidenceRecord> ofCase(CaseId caseId) {
		return jdbc.sql("select * from cases.evidence where case_id = :case and erased_at is null order by uploaded_at, id")
			.param("case", caseId.id()).query(EvidenceRows::toRecord).list();
	}

	/** Marks the record deleted unless it already is; answers whether this call did it. */
	boolean markDeleted(EvidenceId id, String by, String reason) {
		return jdbc.sql("""
				update cases.evidence set deleted_at = now(), deleted_by = :by, deletion_reason = :reason
				where id = :id and deleted_at is null
				""").param("by", by).param("reason", reason).param("id", id.id()).update() == 1;
	}

	/** Keeps only the minimal record of erased evidence: id, case, type, size, fingerprint and dates. */
	void markErased(EvidenceId id) {
		jdbc.sql("""
				update cases.evidence set erased_at = now(), file_name = null, name_type = null, captured_at = null,
				       source_url = null, platform = null, username_shown = null, deletion_reason = null
				where id = :id
				""").param("id", id.id()).update();
	}

	/**
	 * Holds off an erasure of the case (which locks it for update) and any other upload to it until this
	 * transaction ends; reads of the case go on.
	 */
	void lockCase(CaseId caseId) {
		jdbc.sql("select id from cases.case_file where id = :id for no key update").param("id", caseId.id())
			.query(UUID.class).optional();
	}

	/** The file of the case still held (neither deleted nor erased) with this SHA-256, if any. */
	Optional<EvidenceRecord> heldWithHash(CaseId caseId, String sha256) {
		return jdbc.sql("""
				select * from cases.evidence
				where case_id = :case and sha256 = :sha and deleted_at is null and erased_at is null
				order by uploaded_at, id limit 1
				""").param("case", caseId.id()).param("sha", sha256).query(EvidenceRows::toRecord).optional();
	}

	ClientId clientOf(CaseId caseId) {
		return new ClientId(jdbc.sql("select client_id from cases.case_file where id = :id").param("id", caseId.id())
			.query(UUID.class).single());
	}

	private static EvidenceRecord toRecord(ResultSet rs, int row) throws SQLException {
		var capture = new CaptureMetadata(instant(rs.getTimestamp("captured_at")), rs.getString("source_url"),
				rs.getString("platform"), rs.getString("username_shown"),
				CaptureMethod.valueOf(rs.getString("capture_method")));
		var deletion = rs.getTimestamp("deleted_at") == null ? null
				: new EvidenceRecord.Deletion(rs.getString("deleted_by"), instant(rs.getTimestamp("deleted_at")),
						rs.getString("deletion_reason"));
		return new EvidenceRecord(new EvidenceId(rs.getObject("id", UUID.class)),
				new CaseId(rs.getObject("case_id", UUID.class)), rs.getString("file_name"), rs.getString("media_type"),
				rs.getString("name_type"), rs.getBoolean("name_matches_content"), rs.getLong("size_bytes"),
				rs.getString("sha256"), capture,
				rs.getString("uploaded_by"), instant(rs.getTimestamp("uploaded_at")), deletion);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
