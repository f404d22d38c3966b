package org.falseos.casework.cases.closure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.CaseClosures.Outcome;
import org.falseos.casework.cases.CaseClosures.Reopening;
import org.falseos.casework.cases.CaseClosures.Request;
import org.falseos.casework.cases.CaseClosures.State;
import org.falseos.casework.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The closure requests, reopenings and the case's closed state, in SQL. */
@Repository
class ClosureRows {

	private static final String SELECT = """
			select r.*, cl.code, c.team from cases.closure_request r
			join cases.case_file c on c.id = r.case_id join cases.client cl on cl.id = c.client_id
			""";

	private final JdbcClient jdbc;

	ClosureRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new request's id, or empty when one is already waiting (the database keeps one per case). */
	Optional<UUID> insert(CaseId caseId, Outcome outcome, String reason, String by) {
		UUID id = UUID.randomUUID();
		int rows = jdbc.sql("""
				insert into cases.closure_request (id, case_id, outcome, reason, requested_by)
				values (:id, :case, :outcome, :reason, :by)
				on conflict (case_id) where state = 'PENDING' do nothing
				""").param("id", id).param("case", caseId.id()).param("outcome", outcome.name()).param("reason", reason)
			.param("by", by).update();
		return rows == 1 ? Optional.of(id) : Optional.empty();
	}

	/** A supervisor's own closure: asked and approved by them at once. */
	UUID insertApproved(CaseId caseId, Outcome outcome, String reason, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into cases.closure_request (id, case_id, outcome, reason, requested_by, state, decided_by, decided_at)
				values (:id, :case, :outcome, :reason, :by, 'APPROVED', :by, now())
				""").param("id", id).param("case", caseId.id()).param("outcome", outcome.name()).param("reason", reason)
			.param("by", by).update();
		return id;
	}

	Optional<Request> find(CaseId caseId, UUID requestId) {
		return jdbc.sql(SELECT + " where r.id = :id and r.case_id = :case").param("id", requestId)
			.param("case", caseId.id()).query(ClosureRows::toRequest).optional();
	}

	/** Decides the request if it still waits: false when someone else decided it first. */
	boolean decide(UUID requestId, State state, String by, String comment) {
		return jdbc.sql("""
				update cases.closure_request set state = :state, decided_by = :by, decided_at = now(), comment = :comment
				where id = :id and state = 'PENDING'
				""").param("state", state.name()).param("by", by).param("comment", comment).param("id", requestId)
			.update() == 1;
	}

	boolean close(CaseId caseId, Outcome outcome) {
		return jdbc.sql("""
				update cases.case_file set status = 'CLOSED', closed_at = now(), closure_outcome = :outcome
				where id = :id and status = 'OPEN'
				""").param("outcome", outcome.name()).param("id", caseId.id()).update() == 1;
	}

	boolean reopen(CaseId caseId, String reason, String by) {
		boolean reopened = jdbc.sql("""
				update cases.case_file set status = 'OPEN', closed_at = null, closure_outcome = null
				where id = :id and status = 'CLOSED'
				""").param("id", caseId.id()).update() == 1;
		if (reopened) {
			jdbc.sql("insert into cases.reopening (id, case_id, reason, reopened_by) values (:id, :case, :reason, :by)")
				.param("id", UUID.randomUUID()).param("case", caseId.id()).param("reason", reason).param("by", by)
				.update();
		}
		return reopened;
	}

	/** The case's status, closing time and outcome, locking the row against a concurrent change of them. */
	Standing lock(CaseId caseId) {
		return jdbc.sql("""
				select status, closed_at, closure_outcome, assigned_to from cases.case_file where id = :id for no key update
				""").param("id", caseId.id())
			.query((rs, row) -> new Standing("CLOSED".equals(rs.getString("status")), instant(rs.getTimestamp("closed_at")),
					outcome(rs.getString("closure_outcome")), rs.getString("assigned_to")))
			.single();
	}

	Standing standing(CaseId caseId) {
		return jdbc.sql("select status, closed_at, closure_outcome, assigned_to from cases.case_file where id = :id")
			.param("id", caseId.id())
			.query((rs, row) -> new Standing("CLOSED".equals(rs.getString("status")), instant(rs.getTimestamp("closed_at")),
					outcome(rs.getString("closure_outcome")), rs.getString("assigned_to")))
			.single();
	}

	List<Request> ofCase(CaseId caseId) {
		return jdbc.sql(SELECT + " where r.case_id = :case order by r.requested_at desc, r.id").param("case", caseId.id())
			.query(ClosureRows::toRequest).list();
	}

	List<Request> pendingIn(Set<String> teams) {
		return jdbc.sql(SELECT + " where r.state = 'PENDING' and c.team = any(:teams) and cl.erased_at is null"
				+ " order by r.requested_at, r.id").param("teams", teams.toArray(String[]::new))
			.query(ClosureRows::toRequest).list();
	}

	List<Reopening> reopenings(CaseId caseId) {
		return jdbc.sql("select * from cases.reopening where case_id = :case order by reopened_at desc, id")
			.param("case", caseId.id())
			.query((rs, row) -> new Reopening(rs.getObject("id", UUID.class), rs.getString("reason"),
					rs.getString("reopened_by"), instant(rs.getTimestamp("reopened_at"))))
			.list();
	}

	record Standing(boolean closed, Instant closedAt, Outcome outcome, String caseworker) {
	}

	private static Request toRequest(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getString("code"), rs.getString("team"), outcome(rs.getString("outcome")), rs.getString("reason"),
				rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")), State.valueOf(rs.getString("state")),
				rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("comment"));
	}

	private static Outcome outcome(String name) {
		return name == null ? null : Outcome.valueOf(name);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
