package org.falseos.casework.web.internal.inbox;

import org.falseos.casework.web.internal.NotFound;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /inbox}: the signed-in person's own notifications, newest first, the latest {@value #PAGE} of them (older
 * ones are kept and still counted, but a person who keeps up never reaches them).
 */
@Controller
class InboxPages {

	static final int PAGE = 100;

	private final Notifications notifications;

	private final DailyScan scan;

	InboxPages(Notifications notifications, DailyScan scan) {
		this.notifications = notifications;
		this.scan = scan;
	}

	@GetMapping("/inbox")
	String inbox(CurrentUser user, Model model) {
		model.addAttribute("notifications", notifications.page(user.username(), PAGE, 0));
		model.addAttribute("unread", notifications.unreadCount(user.username()));
		model.addAttribute("total", notifications.total(user.username()));
		model.addAttribute("lastScan", scan.lastRun().orElse(null));
		return "inbox";
	}

	@PostMapping("/inbox/{id}/read")
	String markRead(CurrentUser user, @PathVariable String id, RedirectAttributes flash) {
		if (!notifications.markRead(user.username(), InboxApi.notificationId(id))) {
			throw new NotFound("No notification " + id);
		}
		flash.addFlashAttribute("confirmation", "Notification marked as read");
		return "redirect:/inbox";
	}

	@PostMapping("/inbox/read-all")
	String markAllRead(CurrentUser user, RedirectAttributes flash) {
		int marked = notifications.markAllRead(user.username());
		flash.addFlashAttribute("confirmation", marked == 1 ? "1 notification marked as read"
				: marked + " notifications marked as read");
		return "redirect:/inbox";
	}
}
