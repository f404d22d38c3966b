package org.falseos.casework.cases.evidence;

import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CustodyAction;
import org.falseos.casework.cases.CustodyEntry;
import org.falseos.casework.cases.EvidenceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The chain of custody of evidence files; the database refuses to change or delete an entry. */
@Repository
class CustodyLog {

	private final JdbcClient jdbc;

	CustodyLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(EvidenceId id, CaseId caseId, CustodyAction action, String actor, String detail) {
		jdbc.sql("""
				insert into cases.custody (evidence_id, case_id, action, actor, detail)
				values (:evidence, :case, :action, :actor, :detail)
				""").param("evidence", id.id()).param("case", caseId.id()).param("action", action.name())
			.param("actor", actor).param("detail", detail).update();
	}

	List<CustodyEntry> of(EvidenceId id) {
		return jdbc.sql("select * from cases.custody where evidence_id = :id order by id").param("id", id.id())
			.query((rs, row) -> new CustodyEntry(new EvidenceId(rs.getObject("evidence_id", UUID.class)),
					CustodyAction.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("detail"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Free-text details (a deletion reason, say) may name the client; erasure clears them, the entries stay. */
	void clearDetails(EvidenceId id) {
		jdbc.sql("update cases.custody set detail = null where evidence_id = :id and detail is not null")
			.param("id", id.id()).update();
	}
}
