package org.falseos.casework.web.internal.identity;

import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/home")
			.failureUrl("/login?error")
			.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signed-out").permitAll());
	}
}
