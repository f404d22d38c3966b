package org.falseos.casework.linkedvictims.internal;

import static org.falseos.casework.linkedvictims.internal.Fingerprints.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.SuggestionId;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.linkedvictims.internal.normalising.Normalised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suggestions: one per pair of cases, with what the pair shares and the coordinators' decisions. */
@Repository
class SuggestionRows {

	private final JdbcClient jdbc;

	SuggestionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(SuggestionId id, CaseId caseA, CaseId caseB, ClientId clientA, ClientId clientB, SuggestionState state,
			String decidedBy, Instant decidedAt, String dismissedReason, PatternId patternId, String withdrawnReason) {

		CaseId other(CaseId one) {
			return one.equals(caseA) ? caseB : caseA;
		}
	}

	/** Something the pair shares, or shared until it was withdrawn from one of the cases. */
	record Match(byte[] hash, String kind, String platform, String masked, boolean weak, Instant matchedAt,
			boolean withdrawn) {
	}

	/** A pair's suggestion, and whether this call created it. */
	record Paired(SuggestionId id, boolean created) {
	}

	/** The pair's suggestion, created when new; the pair is stored in one order so it exists only once. */
	Paired pair(CaseId one, ClientId oneClient, CaseId two, ClientId twoClient) {
		boolean ordered = one.toString().compareTo(two.toString()) < 0;
		CaseId a = ordered ? one : two;
		CaseId b = ordered ? two : one;
		int created = jdbc.sql("""
				insert into linkedvictims.suggestion (id, case_a, case_b, client_a, client_b)
				values (:id, :a, :b, :clientA, :clientB) on conflict (case_a, case_b) do nothing
				""").param("id", UUID.randomUUID()).param("a", a.id()).param("b", b.id())
			.param("clientA", (ordered ? oneClient : twoClient).id()).param("clientB", (ordered ? twoClient : oneClient).id())
			.update();
		return new Paired(new SuggestionId(jdbc.sql("select id from linkedvictims.suggestion where case_a = :a and case_b = :b")
			.param("a", a.id()).param("b", b.id()).query(UUID.class).single()), created == 1);
	}

	/** Whether this hash is new to the pair, or shared again after it was withdrawn. */
	boolean addMatch(SuggestionId id, Normalised normalised, byte[] hash) {
		return jdbc.sql("""
				insert into linkedvictims.suggestion_match (suggestion_id, hash, kind, platform, masked, weak)
				values (:id, :hash, :kind, :platform, :masked, :weak)
				on conflict (suggestion_id, hash) do update set withdrawn_at = null
				where linkedvictims.suggestion_match.withdrawn_at is not null
				""").param("id", id.id()).param("hash", hash).param("kind", normalised.kind())
			.param("platform", normalised.platform()).param("masked", normalised.masked()).param("weak", normalised.weak())
			.update() == 1;
	}

	Optional<Row> find(SuggestionId id) {
		return jdbc.sql("select * from linkedvictims.suggestion where id = :id").param("id", id.id())
			.query(SuggestionRows::row).optional();
	}

	List<Row> list(boolean includeDecided) {
		return jdbc.sql("""
				select s.* from linkedvictims.suggestion s
				where :all or s.state in ('OPEN', 'AWAITING_CONSENT')
				order by (select min(m.matched_at) from linkedvictims.suggestion_match m where m.suggestion_id = s.id) desc
				limit 500
				""").param("all", includeDecided).query(SuggestionRows::row).list();
	}

	List<Row> involving(CaseId caseId, SuggestionState state) {
		return jdbc.sql("""
				select * from linkedvictims.suggestion where (case_a = :case or case_b = :case) and state = :state
				""").param("case", caseId.id()).param("state", state.name()).query(SuggestionRows::row).list();
	}

	List<Row> inState(SuggestionState state) {
		return jdbc.sql("select * from linkedvictims.suggestion where state = :state").param("state", state.name())
			.query(SuggestionRows::row).list();
	}

	/** Still shared first, then strongest, then oldest. */
	List<Match> matches(SuggestionId id) {
		return jdbc.sql("""
				select hash, kind, platform, masked, weak, matched_at, withdrawn_at is not null as withdrawn
				from linkedvictims.suggestion_match
				where suggestion_id = :id order by withdrawn_at is not null, weak, matched_at
				""").param("id", id.id())
			.query((rs, row) -> new Match(rs.getBytes("hash"), rs.getString("kind"), rs.getString("platform"),
					rs.getString("masked"), rs.getBoolean("weak"), instant(rs.getTimestamp("matched_at")),
					rs.getBoolean("withdrawn")))
			.list();
	}

	/** Marks the hash no longer shared by the pairs this case is in; the suggestions it was shared in. */
	List<SuggestionId> withdrawMatch(CaseId caseId, byte[] hash) {
		return jdbc.sql("""
				update linkedvictims.suggestion_match m set withdrawn_at = clock_timestamp()
				from linkedvictims.suggestion s
				where s.id = m.suggestion_id and (s.case_a = :case or s.case_b = :case) and m.hash = :hash
				  and m.withdrawn_at is null
				returning m.suggestion_id
				""").param("case", caseId.id()).param("hash", hash).query(UUID.class).list().stream()
			.map(SuggestionId::new).toList();
	}

	boolean stillShares(SuggestionId id) {
		return jdbc.sql("""
				select exists (select 1 from linkedvictims.suggestion_match where suggestion_id = :id and withdrawn_at is null)
				""").param("id", id.id()).query(Boolean.class).single();
	}

	/** Nothing left to decide on: the reason says what was withdrawn from which case and why. */
	void withdraw(SuggestionId id, String reason) {
		jdbc.sql("update linkedvictims.suggestion set state = 'WITHDRAWN', withdrawn_reason = :reason where id = :id")
			.param("reason", reason).param("id", id.id()).update();
		log(id, "WITHDRAWN", Linker.SYSTEM, reason);
	}

	void decide(SuggestionId id, SuggestionState state, String actor, String reason) {
		jdbc.sql("""
				update linkedvictims.suggestion set state = :state, decided_by = :actor, decided_at = clock_timestamp(),
				       dismissed_reason = :reason where id = :id
				""").param("state", state.name()).param("actor", actor).param("reason", reason).param("id", id.id())
			.update();
		log(id, state == SuggestionState.DISMISSED ? "DISMISSED" : "ACCEPTED", actor, reason);
	}

	/** Moves the state on without changing who decided; {@code pattern} is set when linked. */
	void advance(SuggestionId id, SuggestionState state, PatternId pattern) {
		jdbc.sql("update linkedvictims.suggestion set state = :state, pattern_id = :pattern where id = :id")
			.param("state", state.name()).param("pattern", pattern == null ? null : pattern.id()).param("id", id.id())
			.update();
	}

	void log(SuggestionId id, String action, String actor, String reason) {
		jdbc.sql("insert into linkedvictims.decision (suggestion_id, action, actor, reason) values (:id, :action, :actor, :reason)")
			.param("id", id.id()).param("action", action).param("actor", actor).param("reason", reason).update();
	}

	void deleteInvolving(ClientId client) {
		jdbc.sql("delete from linkedvictims.suggestion where client_a = :client or client_b = :client")
			.param("client", client.id()).update();
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		UUID pattern = rs.getObject("pattern_id", UUID.class);
		return new Row(new SuggestionId(rs.getObject("id", UUID.class)), new CaseId(rs.getObject("case_a", UUID.class)),
				new CaseId(rs.getObject("case_b", UUID.class)), new ClientId(rs.getObject("client_a", UUID.class)),
				new ClientId(rs.getObject("client_b", UUID.class)), SuggestionState.valueOf(rs.getString("state")),
				rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("dismissed_reason"),
				pattern == null ? null : new PatternId(pattern), rs.getString("withdrawn_reason"));
	}
}
