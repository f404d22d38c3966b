package org.falseos.casework.cases.dataprotection;

import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clears what the database holds about a client: their details, and everything their cases say. What stays is the
 * minimal record: the client's and cases' ids, team, jurisdiction and dates, who erased them, and the audit trail
 * of who accessed what (which holds no case content).
 */
@Repository
class ClientErasure {

	private static final List<String> CASE_CONTENT = List.of("incident", "identifier", "reference_number",
			"offence_considered", "task", "escalation");

	private final JdbcClient jdbc;

	ClientErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void clear(ClientId client, List<CaseId> cases, String requestedBy, String approvedBy) {
		UUID[] caseIds = cases.stream().map(CaseId::id).toArray(UUID[]::new);
		// One statement per table: corrections point at the diary entries they correct, all deleted together.
		CASE_CONTENT.forEach(table -> jdbc.sql("delete from cases." + table + " where case_id = any(:cases)")
			.param("cases", caseIds).update());
		jdbc.sql("delete from cases.consent where client_id = :client").param("client", client.id()).update();
		// The corrections' history is append-only: erasure clears what it says and keeps who changed what, when.
		jdbc.sql("update cases.retraction set reason = null where case_id = any(:cases) and reason is not null")
			.param("cases", caseIds).update();
		// Supervision history likewise keeps who handed over or wrote what, when, and loses the words.
		jdbc.sql("update cases.supervision_note set note = null where case_id = any(:cases) and note is not null")
			.param("cases", caseIds).update();
		jdbc.sql("update cases.reassignment set reason = null where case_id = any(:cases) and reason is not null")
			.param("cases", caseIds).update();
		jdbc.sql("update cases.offence_change set earlier = null, reason = null where case_id = any(:cases)")
			.param("cases", caseIds).update();
		jdbc.sql("""
				update cases.client_change set name = null, contact = null, safe_contact_notes = null,
				       doxxed_address = null, swatting_risk = null, reason = null
				where client_id = :client
				""").param("client", client.id()).update();
		// Closure requests and reopenings keep who decided what, when; their words go (V13 allows only clearing).
		jdbc.sql("update cases.closure_request set reason = null, comment = null where case_id = any(:cases)")
			.param("cases", caseIds).update();
		jdbc.sql("update cases.reopening set reason = null where case_id = any(:cases) and reason is not null")
			.param("cases", caseIds).update();
		jdbc.sql("""
				update cases.case_file set summary = '', harm_types = '{}', perpetrator_country = null, status = 'CLOSED',
				       closed_at = coalesce(closed_at, now()), erased_at = now()
				where client_id = :client
				""").param("client", client.id()).update();
		jdbc.sql("""
				update cases.client set code = 'erased-' || id, name = null, contact = null, safe_contact_notes = null,
				       doxxed_address = false, swatting_risk = false, erased_at = now(), erased_by = :requested,
				       erasure_approved_by = :approved
				where id = :client
				""").param("requested", requestedBy).param("approved", approvedBy).param("client", client.id()).update();
	}
}
