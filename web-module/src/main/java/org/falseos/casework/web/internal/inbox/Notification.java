package org.falseos.casework.web.internal.inbox;

import java.time.Instant;
import java.util.UUID;

/** One notification as stored; {@code text} holds no case content, {@code link} is a path of this app. */
public record Notification(UUID id, String recipient, NotificationKind kind, UUID caseId, String text, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
