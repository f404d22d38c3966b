package org.falseos.casework.web.internal.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: a form for local accounts, or a way on to Keycloak, and where sign-out lands. */
@Controller
class SignInPage {

	private final SignInMethod signIn;

	SignInPage(SignInMethod signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("keycloak", signIn instanceof KeycloakSignIn);
		return "login";
	}
}
