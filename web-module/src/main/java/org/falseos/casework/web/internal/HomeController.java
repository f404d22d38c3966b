package org.falseos.casework.web.internal;

import org.falseos.casework.guidance.Guidance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final Guidance guidance;

	HomeController(Guidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("jurisdictions", guidance.jurisdictions());
		return "home";
	}
}
