package org.falseos.casework.guidance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemSummary;
import org.falseos.casework.guidance.Revision;
import org.falseos.casework.guidance.RevisionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revision history and the editors' views of items. */
@Repository
class Revisions {

	private static final String REVISION = """
			select item_id, number, status, content::text as content, author, created_at, reviewer, reviewed_at,
			       review_comment
			from guidance.revision
			""";

	// The title shown is the latest revision's, so that a never-published or withdrawn item is still named.
	private static final String SUMMARY = """
			select i.id, i.kind, i.published_revision, i.withdrawn,
			       latest.content ->> 'title' as title,
			       (select max(d.number) from guidance.revision d where d.item_id = i.id and d.status = 'DRAFT') as open_draft,
			       (p.content ->> 'reviewDue')::date as review_due
			from guidance.item i
			join lateral (select r.content from guidance.revision r where r.item_id = i.id
			              order by r.number desc limit 1) latest on true
			left join guidance.revision p on p.item_id = i.id and p.number = i.published_revision
			""";

	private final JdbcClient jdbc;

	private final ContentMapper mapper;

	Revisions(JdbcClient jdbc, ContentMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	Optional<Revision> find(GuidanceItemId id, int number) {
		return jdbc.sql(REVISION + " where item_id = :id and number = :number").param("id", id.toString())
				.param("number", number).query(this::toRevision).optional();
	}

	/** Locks the revision row so two supervisors cannot review the same draft at once. */
	Optional<Revision> findForUpdate(GuidanceItemId id, int number) {
		return jdbc.sql(REVISION + " where item_id = :id and number = :number for update").param("id", id.toString())
				.param("number", number).query(this::toRevision).optional();
	}

	List<Revision> history(GuidanceItemId id) {
		return jdbc.sql(REVISION + " where item_id = :id order by number desc").param("id", id.toString())
				.query(this::toRevision).list();
	}

	List<Revision> withStatus(RevisionStatus status) {
		return jdbc.sql(REVISION + " where status = :status order by created_at").param("status", status.name())
				.query(this::toRevision).list();
	}

	void review(GuidanceItemId id, int number, RevisionStatus status, String reviewer, String comment) {
		jdbc.sql("""
				update guidance.revision set status = :status, reviewer = :reviewer, reviewed_at = now(),
				       review_comment = :comment
				where item_id = :id and number = :number
				""").param("status", status.name()).param("reviewer", reviewer).param("comment", comment)
				.param("id", id.toString()).param("number", number).update();
	}

	void supersedeOpenDrafts(GuidanceItemId id, int byRevision) {
		jdbc.sql("""
				update guidance.revision set status = 'SUPERSEDED', review_comment = :comment
				where item_id = :id and status = 'DRAFT' and number <> :number
				""").param("comment", "Replaced by draft revision " + byRevision).param("id", id.toString())
				.param("number", byRevision).update();
	}

	void markWithdrawn(GuidanceItemId id, String supervisor, String reason) {
		jdbc.sql("""
				update guidance.revision set status = 'WITHDRAWN', reviewer = :reviewer, reviewed_at = now(),
				       review_comment = :reason
				where item_id = :id and status = 'PUBLISHED'
				""").param("reviewer", supervisor).param("reason", reason).param("id", id.toString()).update();
		jdbc.sql("update guidance.item set withdrawn = true where id = :id").param("id", id.toString()).update();
	}

	List<ItemSummary> summaries(String jurisdiction) {
		return jdbc.sql(SUMMARY + " where i.jurisdiction = :jurisdiction order by i.id")
				.param("jurisdiction", jurisdiction).query(this::toSummary).list();
	}

	Optional<ItemSummary> summary(GuidanceItemId id) {
		return jdbc.sql(SUMMARY + " where i.id = :id").param("id", id.toString()).query(this::toSummary).optional();
	}

	List<ItemSummary> overdue(LocalDate today) {
		return jdbc.sql(SUMMARY + """
				 where i.published_revision is not null and not i.withdrawn
				   and (p.content ->> 'reviewDue')::date < :today
				 order by review_due, i.id
				""").param("today", today).query(this::toSummary).list();
	}

	private Revision toRevision(ResultSet rs, int row) throws SQLException {
		return new Revision(GuidanceItemId.parse(rs.getString("item_id")), rs.getInt("number"),
				RevisionStatus.valueOf(rs.getString("status")), mapper.itemFromJson(rs.getString("content")),
				rs.getString("author"), instant(rs.getTimestamp("created_at")), rs.getString("reviewer"),
				instant(rs.getTimestamp("reviewed_at")), rs.getString("review_comment"));
	}

	private ItemSummary toSummary(ResultSet rs, int row) throws SQLException {
		var reviewDue = rs.getDate("review_due");
		return new ItemSummary(GuidanceItemId.parse(rs.getString("id")), rs.getString("kind"), rs.getString("title"),
				(Integer) rs.getObject("published_revision"), rs.getBoolean("withdrawn"),
				(Integer) rs.getObject("open_draft"), reviewDue == null ? null : reviewDue.toLocalDate());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
