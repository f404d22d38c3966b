package org.falseos.casework.web.internal.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.web.internal.NotFound;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The inbox as JSON: the newest {@value InboxPages#PAGE} notifications of the caller, and marking one read. */
@RestController
class InboxApi {

	private final Notifications notifications;

	InboxApi(Notifications notifications) {
		this.notifications = notifications;
	}

	record Item(UUID id, String kind, UUID caseId, String text, String link, Instant createdAt, Instant readAt) {
	}

	record Inbox(int unread, List<Item> notifications) {
	}

	@GetMapping("/api/inbox")
	Inbox inbox(CurrentUser user) {
		return new Inbox(notifications.unreadCount(user.username()),
				notifications.page(user.username(), InboxPages.PAGE, 0).stream()
					.map(n -> new Item(n.id(), n.kind().name(), n.caseId(), n.text(), n.link(), n.createdAt(), n.readAt()))
					.toList());
	}

	@PostMapping("/api/inbox/{id}/read")
	ResponseEntity<Void> markRead(CurrentUser user, @PathVariable String id) {
		if (!notifications.markRead(user.username(), notificationId(id))) {
			throw new NotFound("No notification " + id);
		}
		return ResponseEntity.noContent().build();
	}

	/** Not an id at all, or someone else's: the same 404, so ids of other people's notifications say nothing. */
	static UUID notificationId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("No notification " + id);
		}
	}
}
