package org.falseos.casework.web.internal.identity;

import org.falseos.casework.web.internal.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page of sign-in throttles: who is paused from where, and a button to lift each pause. */
@Controller
class SignInThrottlePages {

	private final SignInThrottleAdministration administration;

	private final SignInThrottleSettings settings;

	SignInThrottlePages(SignInThrottleAdministration administration, SignInThrottleSettings settings) {
		this.administration = administration;
		this.settings = settings;
	}

	@GetMapping("/admin/sign-in-throttles")
	String list(Model model) {
		var throttles = administration.list();
		model.addAttribute("names", throttles.names());
		model.addAttribute("sources", throttles.sources());
		model.addAttribute("settings", settings);
		return "admin/sign-in-throttles";
	}

	@PostMapping("/admin/sign-in-throttles/clear")
	String clear(@RequestParam String source, @RequestParam(required = false) String username, CurrentUser admin,
			RedirectAttributes redirect) {
		try {
			administration.clear(source, username, admin.username());
		}
		catch (NotFound e) {
			redirect.addFlashAttribute("notice", e.getMessage());
			return "redirect:/admin/sign-in-throttles";
		}
		redirect.addFlashAttribute("notice", username == null || username.isBlank()
				? "Cleared the failures of " + source.strip() + " across all names."
				: "Cleared the failures of “" + SignInThrottle.normalise(username) + "” from " + source.strip() + ".");
		return "redirect:/admin/sign-in-throttles";
	}
}
