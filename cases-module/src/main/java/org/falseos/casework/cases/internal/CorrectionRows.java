package org.falseos.casework.cases.internal;

import static org.falseos.casework.cases.internal.CaseRows.date;
import static org.falseos.casework.cases.internal.CaseRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseHistory;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientDetails;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.IdentifierKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Retired entries and the history of changed details: what a correction keeps of the earlier value. */
@Repository
class CorrectionRows {

	/** The kinds of entry a correction retires, with their tables. */
	enum Entry {

		IDENTIFIER("identifier"), REFERENCE_NUMBER("reference_number"), TASK("task");

		final String table;

		Entry(String table) {
			this.table = table;
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RETIRED = """
			select x.*, r.reason as retraction_reason, r.retracted_by, r.retracted_at as retraction_at, r.replaced_by
			from cases.%s x join cases.retraction r on r.entry_id = x.id
			where x.case_id = :case order by r.retracted_at, x.id
			""";

	private final JdbcClient jdbc;

	CorrectionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Empty when the case has no such entry; true when it is already retired. */
	Optional<Boolean> retired(Entry entry, CaseId id, UUID entryId) {
		return jdbc.sql("select retracted_at is not null from cases." + entry.table + " where id = :id and case_id = :case")
			.param("id", entryId).param("case", id.id()).query(Boolean.class).optional();
	}

	/** False when someone retired it first (two corrections at once): the caller refuses. */
	boolean retire(Entry entry, CaseId id, UUID entryId, String reason, UUID replacedBy, String by) {
		int rows = jdbc.sql("update cases." + entry.table + """
				 set retracted_at = clock_timestamp() where id = :id and case_id = :case and retracted_at is null
				""").param("id", entryId).param("case", id.id()).update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("""
				insert into cases.retraction (entry_id, case_id, entry_kind, reason, replaced_by, retracted_by)
				values (:id, :case, :kind, :reason, :replaced, :by)
				""").param("id", entryId).param("case", id.id()).param("kind", entry.name()).param("reason", reason)
			.param("replaced", replacedBy).param("by", by).update();
		return true;
	}

	Optional<CaseFile.Task> openTask(CaseId id, UUID taskId) {
		return jdbc.sql("select * from cases.task where id = :id and case_id = :case and retracted_at is null")
			.param("id", taskId).param("case", id.id()).query(CorrectionRows::task).optional();
	}

	void recordClientChange(CaseId id, CaseFile.Client earlier, String reason, String by) {
		jdbc.sql("""
				insert into cases.client_change (id, client_id, case_id, name, contact, safe_contact_notes,
				                                 doxxed_address, swatting_risk, reason, changed_by)
				values (:id, :client, :case, :name, :contact, :notes, :doxxed, :swatting, :reason, :by)
				""").param("id", UUID.randomUUID()).param("client", earlier.id().id()).param("case", id.id())
			.param("name", earlier.name()).param("contact", earlier.contact())
			.param("notes", earlier.safeContactNotes()).param("doxxed", earlier.doxxedAddress())
			.param("swatting", earlier.swattingRisk()).param("reason", reason).param("by", by).update();
	}

	void updateClient(ClientId client, ClientDetails details) {
		jdbc.sql("""
				update cases.client set name = :name, contact = :contact, safe_contact_notes = :notes,
				       doxxed_address = :doxxed, swatting_risk = :swatting where id = :id
				""").param("name", details.name()).param("contact", details.contact())
			.param("notes", details.safeContactNotes()).param("doxxed", details.doxxedAddress())
			.param("swatting", details.swattingRisk()).param("id", client.id()).update();
	}

	/** Withdrawn data consent takes the earlier contact details too: they are the same personal data. */
	void eraseEarlierContactDetails(ClientId client) {
		jdbc.sql("""
				update cases.client_change set name = null, contact = null, safe_contact_notes = null
				where client_id = :client and (name is not null or contact is not null or safe_contact_notes is not null)
				""").param("client", client.id()).update();
	}

	void recordOffenceChange(CaseId id, List<CaseFile.OffenceConsidered> earlier, String reason, String by) {
		jdbc.sql("""
				insert into cases.offence_change (id, case_id, earlier, reason, changed_by)
				values (:id, :case, cast(:earlier as jsonb), :reason, :by)
				""").param("id", UUID.randomUUID()).param("case", id.id())
			.param("earlier", JSON.writeValueAsString(earlier)).param("reason", reason).param("by", by).update();
	}

	void removeOffences(CaseId id) {
		jdbc.sql("delete from cases.offence_considered where case_id = :case").param("case", id.id()).update();
	}

	CaseHistory of(CaseId id, ClientId client) {
		var identifiers = jdbc.sql(RETIRED.formatted("identifier")).param("case", id.id())
			.query((rs, row) -> new CaseHistory.Retired<>(new CaseFile.Identifier(rs.getObject("id", UUID.class),
					IdentifierKind.valueOf(rs.getString("kind")), rs.getString("platform"), rs.getString("value"),
					rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at"))), retraction(rs)))
			.list();
		var references = jdbc.sql(RETIRED.formatted("reference_number")).param("case", id.id())
			.query((rs, row) -> new CaseHistory.Retired<>(new CaseFile.ReferenceNumber(rs.getObject("id", UUID.class),
					rs.getString("agency"), rs.getString("number"), date(rs.getDate("obtained_on")),
					rs.getString("officer"), rs.getString("contact_route"), rs.getString("notes"),
					rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at"))), retraction(rs)))
			.list();
		var tasks = jdbc.sql(RETIRED.formatted("task")).param("case", id.id())
			.query((rs, row) -> new CaseHistory.Retired<>(task(rs, row), retraction(rs))).list();
		var clientChanges = jdbc.sql("select * from cases.client_change where client_id = :client order by changed_at, id")
			.param("client", client.id())
			.query((rs, row) -> new CaseHistory.ClientChange(rs.getString("name"), rs.getString("contact"),
					rs.getString("safe_contact_notes"), (Boolean) rs.getObject("doxxed_address"),
					(Boolean) rs.getObject("swatting_risk"), rs.getString("reason"), rs.getString("changed_by"),
					instant(rs.getTimestamp("changed_at"))))
			.list();
		var offences = jdbc.sql("select * from cases.offence_change where case_id = :case order by changed_at, id")
			.param("case", id.id())
			.query((rs, row) -> new CaseHistory.OffenceChange(offences(rs.getString("earlier")), rs.getString("reason"),
					rs.getString("changed_by"), instant(rs.getTimestamp("changed_at"))))
			.list();
		return new CaseHistory(identifiers, references, tasks, clientChanges, offences);
	}

	private static List<CaseFile.OffenceConsidered> offences(String json) {
		return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<CaseFile.OffenceConsidered>>() {
		});
	}

	private static CaseHistory.Retraction retraction(ResultSet rs) throws SQLException {
		return new CaseHistory.Retraction(rs.getString("retraction_reason"), rs.getString("retracted_by"),
				instant(rs.getTimestamp("retraction_at")), rs.getObject("replaced_by", UUID.class));
	}

	private static CaseFile.Task task(ResultSet rs, int row) throws SQLException {
		return new CaseFile.Task(rs.getObject("id", UUID.class), rs.getString("title"), date(rs.getDate("due_on")),
				rs.getString("created_by"), instant(rs.getTimestamp("done_at")), rs.getString("done_by"));
	}
}
