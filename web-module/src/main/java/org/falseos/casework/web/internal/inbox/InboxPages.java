package org.falseos.casework.web.internal.inbox;

import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.NotFound;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /inbox}: the signed-in person's own notifications, newest first, a page of {@value #PAGE} at a time. */
@Controller
class InboxPages {

	static final int PAGE = 50;

	private final Notifications notifications;

	private final DailyScan scan;

	InboxPages(Notifications notifications, DailyScan scan) {
		this.notifications = notifications;
		this.scan = scan;
	}

	@GetMapping("/inbox")
	String inbox(CurrentUser user, @RequestParam(defaultValue = "1") String page, Model model) {
		int total = notifications.total(user.username());
		int pages = Math.max(1, (total + PAGE - 1) / PAGE);
		int current = pageNumber(page, pages);
		model.addAttribute("notifications", notifications.page(user.username(), PAGE, (current - 1) * PAGE));
		model.addAttribute("unread", notifications.unreadCount(user.username()));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
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

	/** A page beyond the last shows the last; anything not a number is refused rather than guessed. */
	private static int pageNumber(String page, int pages) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number < 1) {
				throw new NumberFormatException();
			}
			return Math.min(number, pages);
		}
		catch (NumberFormatException e) {
			throw InvalidCaseInput.of("page", "Page must be a whole number from 1");
		}
	}
}
