package org.falseos.casework.web.internal.identity;

import java.util.List;

import org.falseos.casework.web.internal.identity.SignInAudit.SignIn;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and for admins the latest sign-in attempts. */
@RestController
class IdentityApi {

	private final SignInAudit audit;

	IdentityApi(SignInAudit audit) {
		this.audit = audit;
	}

	@GetMapping("/api/me")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@GetMapping("/api/admin/sign-ins")
	List<SignIn> signIns() {
		return audit.latest(AdminPages.SIGN_INS_SHOWN);
	}
}
