package org.falseos.casework.web.internal.inbox;

import org.falseos.casework.web.internal.identity.CurrentUsers;
import org.springframework.stereotype.Component;

/**
 * The header's unread count ({@code @inbox.unread()} in the page layout): one count on a partial index per page,
 * and zero when nobody is signed in, so public pages never touch the table for a visitor.
 */
@Component("inbox")
class UnreadCount {

	private final CurrentUsers users;

	private final Notifications notifications;

	UnreadCount(CurrentUsers users, Notifications notifications) {
		this.users = users;
		this.notifications = notifications;
	}

	public int unread() {
		return users.current().map(user -> notifications.unreadCount(user.username())).orElse(0);
	}
}
