package org.falseos.casework.web.internal.identity;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** The embedded default: local accounts, a sign-in form for the browser and HTTP Basic for the API. */
@Component
@Profile("!" + KeycloakSignIn.PROFILE)
class LocalSignIn implements SignInMethod {

	@Override
	public String challenge() {
		return "Basic realm=\"FalseOS Casework\"";
	}

	@Override
	public String formActionSources() {
		return "'self'";
	}

	@Override
	public void api(HttpSecurity http, JsonErrors errors) {
		http.httpBasic(basic -> basic.authenticationEntryPoint(errors));
	}

	@Override
	public void web(HttpSecurity http) {
		var failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		// The throttle's refusal (see ThrottledPasswordSignIn) gets its own message: the password was not checked.
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?error&paused"));
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/home")
			.failureHandler(failures)
			.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signed-out").permitAll());
	}
}
