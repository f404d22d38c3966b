package org.falseos.casework.web.internal.identity;

import java.util.List;

import org.falseos.casework.web.internal.identity.SignInAudit.SignIn;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and for admins the latest sign-in attempts and the sign-in throttles. */
@RestController
class IdentityApi {

	private final SignInAudit audit;

	private final SignInThrottleAdministration throttles;

	IdentityApi(SignInAudit audit, SignInThrottleAdministration throttles) {
		this.audit = audit;
		this.throttles = throttles;
	}

	@GetMapping("/api/me")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@GetMapping("/api/admin/sign-ins")
	List<SignIn> signIns() {
		return audit.latest(AdminPages.SIGN_INS_SHOWN);
	}

	@GetMapping("/api/admin/sign-in-throttles")
	SignInThrottleAdministration.Throttles signInThrottles() {
		return throttles.list();
	}

	/** Lifts one throttle: of {@code username} from {@code source}, or without a username the source's own. */
	@DeleteMapping("/api/admin/sign-in-throttles")
	ResponseEntity<Void> clearSignInThrottle(@RequestParam String source, @RequestParam(required = false) String username,
			CurrentUser admin) {
		throttles.clear(source, username, admin.username());
		return ResponseEntity.noContent().build();
	}
}
