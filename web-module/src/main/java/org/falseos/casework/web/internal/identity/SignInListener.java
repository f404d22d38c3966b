package org.falseos.casework.web.internal.identity;

import org.falseos.casework.web.internal.identity.SignInAudit.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the sign-in audit from Spring Security's authentication events (the throttle counts for itself, see
 * {@link ThrottledPasswordSignIn}). Only
 * interactive sign-ins are recorded as successes: a stateless API call authenticates on every request and would
 * bury the audit. Failures of local-account passwords (form or HTTP Basic) are always recorded. Nothing but the
 * attempted name is taken from an authentication request: never its credentials.
 */
@Component
class SignInListener {

	private final SignInAudit audit;

	SignInListener(SignInAudit audit) {
		this.audit = audit;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		String method = authentication instanceof UsernamePasswordAuthenticationToken ? "form" : "keycloak";
		audit.record(authentication.getName(), Outcome.SUCCEEDED, method, remoteAddress(authentication));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
			// The throttle refuses with a LockedException: no account is ever locked any more.
			Outcome outcome = event instanceof AuthenticationFailureLockedEvent ? Outcome.THROTTLED : Outcome.FAILED;
			audit.record(attempt.getName(), outcome, passwordMethod(), remoteAddress(attempt));
		}
		else if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken attempt) {
			// Keycloak checks the password itself; what fails here is the code exchange or the ID token.
			audit.record("(keycloak)", Outcome.FAILED, "keycloak", remoteAddress(attempt));
		}
	}

	private static String passwordMethod() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				&& request.getRequest().getRequestURI().startsWith("/api/") ? "basic" : "form";
	}

	private static String remoteAddress(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}
}
