package org.falseos.casework.cases.internal;

import java.util.List;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case audit trail: who read, downloaded or exported what, and when. */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(CaseId caseId, ClientId clientId, String actor, String action, String detail) {
		jdbc.sql("insert into cases.audit (case_id, client_id, actor, action, detail) values (:case, :client, :actor, :action, :detail)")
			.param("case", caseId == null ? null : caseId.id()).param("client", clientId == null ? null : clientId.id())
			.param("actor", actor).param("action", action).param("detail", detail).update();
	}

	public List<AuditEntry> forCase(CaseId caseId) {
		return jdbc.sql("select actor, action, detail, at from cases.audit where case_id = :case order by at desc, id desc")
			.param("case", caseId.id())
			.query((rs, row) -> new AuditEntry(rs.getString("actor"), rs.getString("action"), rs.getString("detail"),
					CaseRows.instant(rs.getTimestamp("at"))))
			.list();
	}
}
