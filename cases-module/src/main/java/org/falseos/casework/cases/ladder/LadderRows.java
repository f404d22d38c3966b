package org.falseos.casework.cases.ladder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A case's rung, when it reached it, and its ladder moves. */
@Repository
public class LadderRows {

	/** Where a case stands: its jurisdiction's ladder, the rung and since when. */
	public record Standing(String jurisdiction, int rung, Instant since) {
	}

	private final JdbcClient jdbc;

	LadderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Standing standing(CaseId id) {
		return jdbc.sql("select jurisdiction, rung, rung_since from cases.case_file where id = :id")
			.param("id", id.id())
			.query((rs, row) -> new Standing(rs.getString("jurisdiction"), rs.getInt("rung"),
					rs.getTimestamp("rung_since").toInstant()))
			.single();
	}

	/**
	 * Moves the case only if it is still on {@code from}: of two movers who saw the same rung, the second finds
	 * the row changed (PostgreSQL re-checks the condition after waiting for the first) and moves nothing.
	 * @return when the case reached {@code to}, or empty if it was no longer on {@code from}
	 */
	Optional<Instant> move(CaseId id, int from, int to) {
		return jdbc.sql("""
				update cases.case_file set rung = :to, rung_since = clock_timestamp()
				where id = :id and rung = :from
				returning rung_since
				""").param("to", to).param("id", id.id()).param("from", from)
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

	void insertMove(CaseId id, int from, int to, String note, String by, Instant at) {
		jdbc.sql("""
				insert into cases.escalation (id, case_id, from_rung, to_rung, note, moved_by, moved_at)
				values (:id, :case, :from, :to, :note, :by, :at)
				""").param("id", UUID.randomUUID()).param("case", id.id()).param("from", from).param("to", to)
			.param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
	}

	public List<CaseFile.Escalation> moves(CaseId id) {
		return jdbc.sql("select * from cases.escalation where case_id = :id order by moved_at").param("id", id.id())
			.query((rs, row) -> new CaseFile.Escalation(rs.getInt("from_rung"), rs.getInt("to_rung"),
					rs.getString("note"), rs.getString("moved_by"), rs.getTimestamp("moved_at").toInstant()))
			.list();
	}
}
