package org.falseos.casework.guidance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Items and their revisions in the guidance schema. */
@Repository
class GuidanceItems {

	private static final String PUBLISHED = """
			select i.id, r.number, r.content::text as content, r.reviewed_at
			from guidance.item i join guidance.revision r on r.item_id = i.id and r.number = i.published_revision
			where not i.withdrawn
			""";

	private final JdbcClient jdbc;

	private final ContentMapper mapper;

	GuidanceItems(JdbcClient jdbc, ContentMapper mapper) {
		this.jdbc = jdbc;
		this.mapper = mapper;
	}

	Optional<GuidanceItem> published(GuidanceItemId id) {
		return jdbc.sql(PUBLISHED + " and i.id = :id").param("id", id.toString()).query(this::toItem).optional();
	}

	List<GuidanceItem> publishedIn(String jurisdiction) {
		return jdbc.sql(PUBLISHED + " and i.jurisdiction = :jurisdiction").param("jurisdiction", jurisdiction)
				.query(this::toItem).list();
	}

	List<GuidanceItem> allPublished() {
		return jdbc.sql(PUBLISHED + " order by i.id").query(this::toItem).list();
	}

	Optional<ItemState> state(GuidanceItemId id) {
		return jdbc.sql("""
				select i.published_revision, i.withdrawn, i.file_hash,
				       (select r.author from guidance.revision r where r.item_id = i.id and r.number = i.published_revision) as publisher_author,
				       (select coalesce(max(number), 0) from guidance.revision r where r.item_id = i.id) as last_revision
				from guidance.item i where i.id = :id
				""").param("id", id.toString())
				.query((rs, row) -> new ItemState((Integer) rs.getObject("published_revision"), rs.getBoolean("withdrawn"),
						rs.getString("file_hash"), rs.getString("publisher_author"), rs.getInt("last_revision")))
				.optional();
	}

	void insertItem(GuidanceItemId id, String kind, String fileHash) {
		jdbc.sql("insert into guidance.item (id, jurisdiction, kind, file_hash) values (:id, :jurisdiction, :kind, :hash)")
				.param("id", id.toString()).param("jurisdiction", id.jurisdiction()).param("kind", kind)
				.param("hash", fileHash).update();
	}

	void recordFileHash(GuidanceItemId id, String fileHash) {
		jdbc.sql("update guidance.item set file_hash = :hash where id = :id").param("hash", fileHash)
				.param("id", id.toString()).update();
	}

	int appendRevision(GuidanceItemId id, ItemContent content, String status, String author) {
		Integer number = jdbc.sql("""
				insert into guidance.revision (item_id, number, status, content, author)
				values (:id, (select coalesce(max(number), 0) + 1 from guidance.revision where item_id = :id),
				        :status, cast(:content as jsonb), :author)
				returning number
				""").param("id", id.toString()).param("status", status).param("content", mapper.toJson(content))
				.param("author", author).query(Integer.class).single();
		return number;
	}

	void markPublished(GuidanceItemId id, int number, String reviewer, String comment) {
		jdbc.sql("""
				update guidance.revision set status = 'SUPERSEDED'
				where item_id = :id and status = 'PUBLISHED' and number <> :number
				""").param("id", id.toString()).param("number", number).update();
		jdbc.sql("""
				update guidance.revision set status = 'PUBLISHED', reviewer = :reviewer, reviewed_at = now(),
				       review_comment = :comment
				where item_id = :id and number = :number
				""").param("id", id.toString()).param("number", number).param("reviewer", reviewer)
				.param("comment", comment).update();
		jdbc.sql("update guidance.item set published_revision = :number, withdrawn = false, kind = :kind where id = :id")
				.param("id", id.toString()).param("number", number)
				.param("kind", revisionContent(id, number).orElseThrow().kind()).update();
	}

	Optional<ItemContent> revisionContent(GuidanceItemId id, int number) {
		return jdbc.sql("select content::text from guidance.revision where item_id = :id and number = :number")
				.param("id", id.toString()).param("number", number).query(String.class).optional()
				.map(mapper::itemFromJson);
	}

	private GuidanceItem toItem(ResultSet rs, int row) throws SQLException {
		var reviewedAt = rs.getTimestamp("reviewed_at");
		return new GuidanceItem(GuidanceItemId.parse(rs.getString("id")), rs.getInt("number"),
				mapper.itemFromJson(rs.getString("content")), reviewedAt == null ? null : reviewedAt.toInstant());
	}

	/** Where an item stands: which revision is published and who wrote it, and the file it was loaded from. */
	record ItemState(Integer publishedRevision, boolean withdrawn, String fileHash, String publishedAuthor,
			int lastRevision) {
	}

}
