package org.falseos.casework.cases.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.PoliceConsentOverride;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients, cases, consents, offences considered and tasks. */
@Repository
class CaseRows {

	private static final String SUMMARY = """
			select c.id, cl.code, c.team, c.assigned_to, c.status, c.summary, c.rung, c.opened_at,
			       (select min(t.due_on) from cases.task t where t.case_id = c.id and t.done_at is null
			        and t.retracted_at is null) as next_due,
			       (select count(*) from cases.task t where t.case_id = c.id and t.done_at is null
			        and t.retracted_at is null) as open_tasks
			from cases.case_file c join cases.client cl on cl.id = c.client_id
			where cl.erased_at is null
			""";

	private final JdbcClient jdbc;

	CaseRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ClientId> clientByCode(String team, String code) {
		return jdbc.sql("select id from cases.client where team = :team and code = :code and erased_at is null")
			.param("team", team).param("code", code).query(UUID.class).optional().map(ClientId::new);
	}

	ClientId insertClient(String team, NewCase request, String createdBy) {
		var id = new ClientId(UUID.randomUUID());
		jdbc.sql("""
				insert into cases.client (id, team, code, name, contact, safe_contact_notes, jurisdiction,
				                          doxxed_address, swatting_risk, created_by)
				values (:id, :team, :code, :name, :contact, :notes, :jurisdiction, :doxxed, :swatting, :by)
				""").param("id", id.id()).param("team", team).param("code", request.clientCode().strip())
			.param("name", request.clientName()).param("contact", request.clientContact())
			.param("notes", request.safeContactNotes()).param("jurisdiction", request.jurisdiction())
			.param("doxxed", request.doxxedAddress()).param("swatting", request.swattingRisk())
			.param("by", createdBy).update();
		return id;
	}

	void insertCase(CaseId id, ClientId client, String team, NewCase request, Actor actor) {
		jdbc.sql("""
				insert into cases.case_file (id, client_id, team, assigned_to, summary, harm_types,
				                             perpetrator_country, jurisdiction, opened_by)
				values (:id, :client, :team, :assigned, :summary, :harms, :country, :jurisdiction, :by)
				""").param("id", id.id()).param("client", client.id()).param("team", team)
			.param("assigned", actor.username()).param("summary", request.summary().strip())
			.param("harms", request.harmTypes().stream().sorted().toArray(String[]::new))
			.param("country", request.perpetratorCountry()).param("jurisdiction", request.jurisdiction())
			.param("by", actor.username()).update();
	}

	List<CaseSummary> summaries(Actor actor, int limit) {
		return jdbc.sql(SUMMARY + """
				  and ((:caseworker and c.team = any(:teams)) or (:supervisor and c.team = any(:supervised)))
				order by c.opened_at desc limit :limit
				""").param("caseworker", actor.isCaseworker()).param("teams", actor.teams().toArray(String[]::new))
			.param("supervisor", actor.isSupervisor())
			.param("supervised", actor.supervisedTeams().toArray(String[]::new)).param("limit", limit)
			.query(CaseRows::toSummary).list();
	}

	/** The case and its client; null parts are filled in by the caller from the diary rows. */
	CaseFile caseFile(CaseId id) {
		return jdbc.sql("""
				select c.*, cl.code, cl.name, cl.contact, cl.safe_contact_notes, cl.jurisdiction as client_jurisdiction,
				       cl.doxxed_address, cl.swatting_risk
				from cases.case_file c join cases.client cl on cl.id = c.client_id where c.id = :id
				""").param("id", id.id()).query((rs, row) -> {
			var clientId = new ClientId(rs.getObject("client_id", UUID.class));
			var client = new CaseFile.Client(clientId, rs.getString("code"), rs.getString("name"),
					rs.getString("contact"), rs.getString("safe_contact_notes"), rs.getString("client_jurisdiction"),
					rs.getBoolean("doxxed_address"), rs.getBoolean("swatting_risk"), consents(id));
			return new CaseFile(id, client, rs.getString("team"), rs.getString("assigned_to"), rs.getString("status"),
					rs.getString("summary"), strings(rs.getArray("harm_types")), rs.getString("perpetrator_country"),
					rs.getString("jurisdiction"), rs.getInt("rung"), instant(rs.getTimestamp("opened_at")), offences(id),
					tasks(id), null, null, null, null, null, null, instant(rs.getTimestamp("rung_since")));
		}).single();
	}

	/** Latest answer per consent kind, newest first. */
	List<CaseFile.Consent> consents(CaseId id) {
		return jdbc.sql("""
				select distinct on (kind) kind, given, recorded_by, recorded_at from cases.consent
				where case_id = :id order by kind, recorded_at desc, id
				""").param("id", id.id())
			.query((rs, row) -> new CaseFile.Consent(ConsentKind.valueOf(rs.getString("kind")), rs.getBoolean("given"),
					rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at"))))
			.list();
	}

	void insertConsent(CaseId id, ClientId client, ConsentKind kind, boolean given, String by) {
		jdbc.sql("""
				insert into cases.consent (id, client_id, case_id, kind, given, recorded_by, recorded_at)
				values (:id, :client, :case, :kind, :given, :by, clock_timestamp())
				""").param("id", UUID.randomUUID()).param("client", client.id()).param("case", id.id())
			.param("kind", kind.name()).param("given", given).param("by", by).update();
	}

	/** Clears what a client told us about reaching them; the case and the client's pseudonymous code stay. */
	void eraseContactDetails(ClientId client) {
		jdbc.sql("update cases.client set name = null, contact = null, safe_contact_notes = null where id = :id")
			.param("id", client.id()).update();
	}

	/** False when an unused override already stands (two supervisors at once, say). */
	boolean insertPoliceOverride(CaseId id, String reason, String by) {
		return jdbc.sql("""
				insert into cases.police_consent_override (id, case_id, reason, granted_by)
				values (:id, :case, :reason, :by) on conflict (case_id) where used_at is null do nothing
				""").param("id", UUID.randomUUID()).param("case", id.id()).param("reason", reason).param("by", by)
			.update() == 1;
	}

	/** Uses up the case's standing override, if there is one; true when one was used. */
	boolean usePoliceOverride(CaseId id, String by) {
		return jdbc.sql("""
				update cases.police_consent_override set used_by = :by, used_at = clock_timestamp()
				where case_id = :case and used_at is null
				""").param("case", id.id()).param("by", by).update() == 1;
	}

	List<PoliceConsentOverride> policeOverrides(CaseId id) {
		return jdbc.sql("""
				select granted_by, granted_at, reason, used_by, used_at from cases.police_consent_override
				where case_id = :case order by granted_at desc, id
				""").param("case", id.id())
			.query((rs, row) -> new PoliceConsentOverride(rs.getString("granted_by"), instant(rs.getTimestamp("granted_at")),
					rs.getString("reason"), rs.getString("used_by"), instant(rs.getTimestamp("used_at"))))
			.list();
	}

	void insertOffence(CaseId id, String offenceId, String title, String reason, String by) {
		jdbc.sql("""
				insert into cases.offence_considered (case_id, offence_id, title, reason, added_by)
				values (:case, :offence, :title, :reason, :by) on conflict do nothing
				""").param("case", id.id()).param("offence", offenceId).param("title", title).param("reason", reason)
			.param("by", by).update();
	}

	List<CaseFile.OffenceConsidered> offences(CaseId id) {
		return jdbc.sql("select offence_id, title, reason from cases.offence_considered where case_id = :id order by added_at, offence_id")
			.param("id", id.id())
			.query((rs, row) -> new CaseFile.OffenceConsidered(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	UUID insertTask(CaseId id, String title, LocalDate dueOn, String by) {
		return insertTask(UUID.randomUUID(), id, title, dueOn, by);
	}

	UUID insertTask(UUID taskId, CaseId id, String title, LocalDate dueOn, String by) {
		jdbc.sql("insert into cases.task (id, case_id, title, due_on, created_by) values (:id, :case, :title, :due, :by)")
			.param("id", taskId).param("case", id.id()).param("title", title).param("due", dueOn).param("by", by)
			.update();
		return taskId;
	}

	boolean completeTask(CaseId id, UUID taskId, String by) {
		return jdbc.sql("""
				update cases.task set done_at = now(), done_by = :by
				where id = :task and case_id = :case and done_at is null and retracted_at is null
				""").param("by", by).param("task", taskId).param("case", id.id()).update() == 1;
	}

	List<CaseFile.Task> tasks(CaseId id) {
		return jdbc.sql("""
				select id, title, due_on, created_by, done_at, done_by from cases.task
				where case_id = :id and retracted_at is null order by done_at nulls first, due_on nulls last, created_at
				""").param("id", id.id())
			.query((rs, row) -> new CaseFile.Task(rs.getObject("id", UUID.class), rs.getString("title"),
					date(rs.getDate("due_on")), rs.getString("created_by"), instant(rs.getTimestamp("done_at")),
					rs.getString("done_by")))
			.list();
	}

	ClientId clientOf(CaseId id) {
		return new ClientId(jdbc.sql("select client_id from cases.case_file where id = :id").param("id", id.id())
			.query(UUID.class).single());
	}


	String jurisdiction(CaseId id) {
		return jdbc.sql("select jurisdiction from cases.case_file where id = :id").param("id", id.id())
			.query(String.class).single();
	}

	private static CaseSummary toSummary(ResultSet rs, int row) throws SQLException {
		return new CaseSummary(new CaseId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("team"),
				rs.getString("assigned_to"), rs.getString("status"), rs.getString("summary"), rs.getInt("rung"),
				date(rs.getDate("next_due")), rs.getInt("open_tasks"), instant(rs.getTimestamp("opened_at")));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static LocalDate date(java.sql.Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Set<String> strings(Array array) throws SQLException {
		return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}
}
