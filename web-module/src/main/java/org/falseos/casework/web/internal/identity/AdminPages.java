package org.falseos.casework.web.internal.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administration: accounts and the sign-in audit, for admins only (no case content here, by design). */
@Controller
class AdminPages {

	static final int SIGN_INS_SHOWN = 200;

	private final SignInAudit audit;

	private final Accounts accounts;

	private final SignInMethod signIn;

	private final TeamDirectory directory;

	AdminPages(SignInAudit audit, Accounts accounts, SignInMethod signIn, TeamDirectory directory) {
		this.audit = audit;
		this.accounts = accounts;
		this.signIn = signIn;
		this.directory = directory;
	}

	@GetMapping("/admin")
	String admin() {
		return "admin/index";
	}

	@GetMapping("/admin/sign-ins")
	String signIns(Model model) {
		model.addAttribute("signIns", audit.latest(SIGN_INS_SHOWN));
		model.addAttribute("shown", SIGN_INS_SHOWN);
		return "admin/sign-ins";
	}

	@GetMapping("/admin/accounts")
	String accounts(Model model) {
		model.addAttribute("keycloak", signIn instanceof KeycloakSignIn);
		var all = accounts.all();
		model.addAttribute("accounts", all);
		// Where the inbox's daily digest goes (issue 12); an account without one gets no e-mail.
		model.addAttribute("emails", directory.emailsOf(all.stream().map(Account::username).toList()));
		return "admin/accounts";
	}
}
