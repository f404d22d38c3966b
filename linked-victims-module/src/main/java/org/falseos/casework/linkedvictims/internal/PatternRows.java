package org.falseos.casework.linkedvictims.internal;

import static org.falseos.casework.linkedvictims.internal.Fingerprints.instant;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.linkedvictims.PatternDissolution;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.PatternOverview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Patterns, their member cases, and who viewed or exported them. */
@Repository
class PatternRows {

	private final JdbcClient jdbc;

	PatternRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record MemberRow(CaseId caseId, ClientId clientId, String team, Instant joinedAt) {
	}

	PatternId create(String createdBy) {
		var id = new PatternId(UUID.randomUUID());
		jdbc.sql("insert into linkedvictims.pattern (id, created_by) values (:id, :by)").param("id", id.id())
			.param("by", createdBy).update();
		return id;
	}

	Optional<Instant> createdAt(PatternId id) {
		return jdbc.sql("""
				select created_at from linkedvictims.pattern where id = :id and merged_into is null and dissolved_at is null
				""")
			.param("id", id.id()).query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant);
	}

	void addMember(PatternId id, CaseId caseId, ClientId clientId, String team) {
		jdbc.sql("""
				insert into linkedvictims.member (case_id, pattern_id, client_id, team) values (:case, :pattern, :client, :team)
				on conflict (case_id) do update set pattern_id = excluded.pattern_id, joined_at = clock_timestamp()
				""").param("case", caseId.id()).param("pattern", id.id()).param("client", clientId.id()).param("team", team)
			.update();
	}

	boolean removeMember(CaseId caseId) {
		return jdbc.sql("delete from linkedvictims.member where case_id = :case").param("case", caseId.id()).update() == 1;
	}

	/** Why a pattern is no more, and which teams' cases were in it last (they may still read that). */
	record Dissolution(Instant at, String reason, List<String> teams) {
	}

	void dissolve(PatternId id, String reason, Collection<String> teams) {
		jdbc.sql("""
				update linkedvictims.pattern set dissolved_at = clock_timestamp(), dissolved_reason = :reason,
				       dissolved_teams = :teams
				where id = :id and dissolved_at is null
				""").param("reason", reason).param("teams", teams.toArray(String[]::new)).param("id", id.id()).update();
	}

	Optional<Dissolution> dissolution(PatternId id) {
		return jdbc.sql("""
				select dissolved_at, dissolved_reason, dissolved_teams from linkedvictims.pattern
				where id = :id and dissolved_at is not null
				""").param("id", id.id())
			.query((rs, row) -> new Dissolution(instant(rs.getTimestamp("dissolved_at")), rs.getString("dissolved_reason"),
					List.of((String[]) rs.getArray("dissolved_teams").getArray())))
			.optional();
	}

	/** Dissolved since then, with a last member in these teams, or every one when {@code teams} is null. */
	List<PatternDissolution> dissolvedSince(Instant since, Collection<String> teams) {
		return jdbc.sql("""
				select id, dissolved_at, dissolved_reason from linkedvictims.pattern
				where dissolved_at >= :since and (:all or dissolved_teams && cast(:teams as text[]))
				order by dissolved_at desc limit 100
				""").param("since", java.sql.Timestamp.from(since)).param("all", teams == null)
			.param("teams", teams == null ? new String[0] : teams.toArray(String[]::new))
			.query((rs, row) -> {
				var id = new PatternId(rs.getObject("id", UUID.class));
				return new PatternDissolution(id, id.reference(), instant(rs.getTimestamp("dissolved_at")),
						rs.getString("dissolved_reason"));
			})
			.list();
	}

	void markMerged(PatternId from, PatternId into) {
		jdbc.sql("update linkedvictims.pattern set merged_into = :into where id = :from").param("into", into.id())
			.param("from", from.id()).update();
	}

	Optional<PatternId> patternOf(CaseId caseId) {
		return jdbc.sql("select pattern_id from linkedvictims.member where case_id = :case").param("case", caseId.id())
			.query(UUID.class).optional().map(PatternId::new);
	}

	List<MemberRow> members(PatternId id) {
		return jdbc.sql("select * from linkedvictims.member where pattern_id = :id order by joined_at, case_id")
			.param("id", id.id())
			.query((rs, row) -> new MemberRow(new CaseId(rs.getObject("case_id", UUID.class)),
					new ClientId(rs.getObject("client_id", UUID.class)), rs.getString("team"),
					instant(rs.getTimestamp("joined_at"))))
			.list();
	}

	/** How many of these cases are members of a pattern, of these teams only (or any team when null). */
	long membersAmong(Collection<CaseId> cases, Collection<String> teams) {
		return jdbc.sql("""
				select count(*) from linkedvictims.member m
				where m.case_id = any(:cases) and (:all or m.team = any(:teams))
				""").param("cases", cases.stream().map(CaseId::id).toArray(UUID[]::new)).param("all", teams == null)
			.param("teams", teams == null ? new String[0] : teams.toArray(String[]::new))
			.query(Long.class).single();
	}

	/** Patterns with at least one member in these teams, or every pattern when {@code teams} is null. */
	List<PatternOverview> overviews(Collection<String> teams) {
		return jdbc.sql("""
				select p.id, p.created_at, count(m.case_id) as members, array_agg(distinct m.team) as teams
				from linkedvictims.pattern p join linkedvictims.member m on m.pattern_id = p.id
				where p.merged_into is null
				group by p.id, p.created_at
				having :all or bool_or(m.team = any(:teams))
				order by p.created_at desc
				""").param("all", teams == null).param("teams", teams == null ? new String[0] : teams.toArray(String[]::new))
			.query((rs, row) -> {
				var id = new PatternId(rs.getObject("id", UUID.class));
				Set<String> memberTeams = new LinkedHashSet<>(List.of((String[]) rs.getArray("teams").getArray()));
				return new PatternOverview(id, id.reference(), instant(rs.getTimestamp("created_at")),
						rs.getInt("members"), memberTeams);
			})
			.list();
	}

	void logAccess(PatternId id, String actor, String action, String format) {
		jdbc.sql("insert into linkedvictims.access_log (pattern_id, actor, action, format) values (:id, :actor, :action, :format)")
			.param("id", id.id()).param("actor", actor).param("action", action).param("format", format).update();
	}

	record Access(String actor, String action, String format, Instant at) {
	}

	List<Access> accessLog(PatternId id) {
		return jdbc.sql("select actor, action, format, at from linkedvictims.access_log where pattern_id = :id order by at desc, id desc")
			.param("id", id.id())
			.query((rs, row) -> new Access(rs.getString("actor"), rs.getString("action"), rs.getString("format"),
					instant(rs.getTimestamp("at"))))
			.list();
	}
}
