package org.falseos.casework.cases.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSupervision.Note;
import org.falseos.casework.cases.CaseSupervision.Reassignment;
import org.falseos.casework.cases.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reassignments, team moves and supervision notes: {@code cases.reassignment}, {@code cases.supervision_note}. */
@Repository
class SupervisorActionRows {

	/** The case as it stands, read under a row lock so two supervisors acting at once take turns. */
	record LockedCase(String team, String caseworker, String status, ClientId client, String clientCode) {
	}

	private final JdbcClient jdbc;

	SupervisorActionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LockedCase lock(CaseId id) {
		return jdbc.sql("""
				select c.team, c.assigned_to, c.status, c.client_id, cl.code
				from cases.case_file c join cases.client cl on cl.id = c.client_id where c.id = :id for update of c
				""").param("id", id.id())
			.query((rs, row) -> new LockedCase(rs.getString("team"), rs.getString("assigned_to"),
					rs.getString("status"), new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("code")))
			.single();
	}

	/** The client's other cases, in whatever state, that would be left behind in their team by a move. */
	int otherCasesOf(ClientId client, CaseId id) {
		return jdbc.sql("select count(*) from cases.case_file where client_id = :client and id <> :id")
			.param("client", client.id()).param("id", id.id()).query(Integer.class).single();
	}

	boolean codeTaken(String team, String code) {
		return jdbc.sql("select exists (select 1 from cases.client where team = :team and code = :code)")
			.param("team", team).param("code", code).query(Boolean.class).single();
	}

	void assign(CaseId id, String team, String caseworker) {
		jdbc.sql("update cases.case_file set team = :team, assigned_to = :who where id = :id").param("team", team)
			.param("who", caseworker).param("id", id.id()).update();
	}

	void moveClient(ClientId client, String team) {
		jdbc.sql("update cases.client set team = :team where id = :id").param("team", team).param("id", client.id())
			.update();
	}

	UUID insertReassignment(CaseId id, LockedCase from, String toTeam, String toCaseworker, String reason,
			String by) {
		UUID reassignmentId = UUID.randomUUID();
		jdbc.sql("""
				insert into cases.reassignment (id, case_id, from_caseworker, to_caseworker, from_team, to_team, reason,
				                                reassigned_by, reassigned_at)
				values (:id, :case, :fromWorker, :toWorker, :fromTeam, :toTeam, :reason, :by, clock_timestamp())
				""").param("id", reassignmentId).param("case", id.id()).param("fromWorker", from.caseworker())
			.param("toWorker", toCaseworker).param("fromTeam", from.team()).param("toTeam", toTeam)
			.param("reason", reason).param("by", by).update();
		return reassignmentId;
	}

	void insertNote(UUID noteId, CaseId id, String note, LocalDate reviewBy, String by) {
		jdbc.sql("""
				insert into cases.supervision_note (id, case_id, note, review_by, written_by, written_at)
				values (:id, :case, :note, :reviewBy, :by, clock_timestamp())
				""").param("id", noteId).param("case", id.id()).param("note", note).param("reviewBy", reviewBy)
			.param("by", by).update();
	}

	void setReviewBy(CaseId id, LocalDate reviewBy) {
		jdbc.sql("update cases.case_file set review_by = :reviewBy where id = :id").param("reviewBy", reviewBy)
			.param("id", id.id()).update();
	}

	LocalDate reviewBy(CaseId id) {
		return jdbc.sql("select review_by from cases.case_file where id = :id").param("id", id.id())
			.query(LocalDate.class).optional().orElse(null);
	}

	List<Note> notes(CaseId id) {
		return jdbc.sql("""
				select id, note, review_by, written_by, written_at from cases.supervision_note
				where case_id = :case order by written_at desc, id
				""").param("case", id.id())
			.query((rs, row) -> new Note(rs.getObject("id", UUID.class), rs.getString("note"),
					rs.getObject("review_by", LocalDate.class), rs.getString("written_by"),
					instant(rs.getTimestamp("written_at"))))
			.list();
	}

	List<Reassignment> reassignments(CaseId id) {
		return jdbc.sql("""
				select id, from_caseworker, to_caseworker, from_team, to_team, reason, reassigned_by, reassigned_at
				from cases.reassignment where case_id = :case order by reassigned_at desc, id
				""").param("case", id.id())
			.query((rs, row) -> new Reassignment(rs.getObject("id", UUID.class), rs.getString("from_caseworker"),
					rs.getString("to_caseworker"), rs.getString("from_team"), rs.getString("to_team"),
					rs.getString("reason"), rs.getString("reassigned_by"), instant(rs.getTimestamp("reassigned_at"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
