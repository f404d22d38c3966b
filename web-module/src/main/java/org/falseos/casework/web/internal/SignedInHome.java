package org.falseos.casework.web.internal;

import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where people land after signing in: who they are, their roles and teams, and what their role may use. */
@Controller
class SignedInHome {

	@GetMapping("/home")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		return "signed-in-home";
	}
}
