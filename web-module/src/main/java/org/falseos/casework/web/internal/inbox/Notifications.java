package org.falseos.casework.web.internal.inbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notifications in {@code web.notification}; every read and change is for one recipient. */
@Repository
class Notifications {

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a notification unless this recipient already has one with this key (a redelivered event, a rerun of the
	 * scan); returns whether it added one.
	 */
	boolean add(String recipient, NotificationKind kind, CaseId caseId, String text, String link, String dedupKey) {
		if (recipient == null || recipient.isBlank()) {
			return false;
		}
		String sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
		return jdbc.sql("""
				insert into web.notification (id, recipient, kind, case_id, text, link, dedup_key)
				values (:id, :recipient, :kind, :caseId, :text, :link, :key)
				on conflict (recipient, dedup_key) do nothing
				""").param("id", UUID.randomUUID()).param("recipient", recipient).param("kind", kind.name())
			.param("caseId", caseId == null ? null : caseId.id()).param("text", sentence).param("link", link)
			.param("key", dedupKey)
			.update() == 1;
	}

	int unreadCount(String recipient) {
		return jdbc.sql("select count(*) from web.notification where recipient = :r and read_at is null")
			.param("r", recipient).query(Integer.class).single();
	}

	/** Newest first. */
	List<Notification> page(String recipient, int limit, int offset) {
		return jdbc.sql("""
				select id, recipient, kind, case_id, text, link, created_at, read_at from web.notification
				where recipient = :r order by created_at desc, id limit :limit offset :offset
				""").param("r", recipient).param("limit", limit).param("offset", offset)
			.query((rs, row) -> new Notification(rs.getObject(1, UUID.class), rs.getString(2),
					NotificationKind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getString(5),
					rs.getString(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
			.list();
	}

	int total(String recipient) {
		return jdbc.sql("select count(*) from web.notification where recipient = :r").param("r", recipient)
			.query(Integer.class).single();
	}

	/** Whether the recipient has a notification of this id (read or not); someone else's counts as none. */
	boolean markRead(String recipient, UUID id) {
		jdbc.sql("update web.notification set read_at = now() where id = :id and recipient = :r and read_at is null")
			.param("id", id).param("r", recipient).update();
		return jdbc.sql("select count(*) from web.notification where id = :id and recipient = :r")
			.param("id", id).param("r", recipient).query(Integer.class).single() == 1;
	}

	int markAllRead(String recipient) {
		return jdbc.sql("update web.notification set read_at = now() where recipient = :r and read_at is null")
			.param("r", recipient).update();
	}

	/** For the digest: each recipient with unread notifications, and how many of each kind. */
	Map<String, Map<NotificationKind, Integer>> unreadByRecipient() {
		var counts = new TreeMap<String, Map<NotificationKind, Integer>>();
		jdbc.sql("""
				select recipient, kind, count(*) from web.notification where read_at is null
				group by recipient, kind order by recipient, kind
				""").query((rs, row) -> counts.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(NotificationKind.class))
					.put(NotificationKind.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return counts;
	}

}
