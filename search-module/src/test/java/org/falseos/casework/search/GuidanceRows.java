package org.falseos.casework.search;

import org.falseos.casework.guidance.GuidanceItemId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes published guidance the way the editorial workflow does (a new revision becomes the published one, or the
 * item is withdrawn), for tests that need guidance to change before its events are published. Items go into a
 * test jurisdiction, "testland", so the Scottish guide the relevance tests rely on never changes.
 */
public final class GuidanceRows {

	public static final String JURISDICTION = "testland";

	private final JdbcClient jdbc;

	public GuidanceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("""
				insert into guidance.jurisdiction (code, content, content_hash)
				values ('testland', '{"code":"testland","name":"Testland","title":"Testland guide"}', 'test')
				on conflict (code) do nothing
				""").update();
	}

	/** Publishes a new revision of the item (creating the item first if needed); answers its number. */
	public int publish(GuidanceItemId id, String title, String summary, String body) {
		jdbc.sql("""
				insert into guidance.item (id, jurisdiction, kind) values (:id, :jurisdiction, 'essential')
				on conflict (id) do nothing
				""").param("id", id.toString()).param("jurisdiction", id.jurisdiction()).update();
		int revision = jdbc.sql("""
				insert into guidance.revision (item_id, number, status, content, author, reviewer, reviewed_at)
				values (:id, (select coalesce(max(number), 0) + 1 from guidance.revision where item_id = :id), 'PUBLISHED',
				        jsonb_build_object('id', cast(:slug as text), 'kind', 'essential', 'position', 99,
				                           'title', cast(:title as text), 'summary', cast(:summary as text),
				                           'body', cast(:body as text)),
				        'test-editor', 'test-reviewer', now())
				returning number
				""").param("id", id.toString()).param("slug", id.slug()).param("title", title)
			.param("summary", summary).param("body", body).query(Integer.class).single();
		jdbc.sql("update guidance.item set published_revision = :revision, withdrawn = false where id = :id")
			.param("revision", revision).param("id", id.toString()).update();
		return revision;
	}

	public void withdraw(GuidanceItemId id) {
		jdbc.sql("update guidance.item set withdrawn = true where id = :id").param("id", id.toString()).update();
	}
}
