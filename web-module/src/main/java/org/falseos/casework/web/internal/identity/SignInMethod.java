package org.falseos.casework.web.internal.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** How people sign in: local accounts (the embedded default) or Keycloak (the {@code keycloak} profile). */
interface SignInMethod {

	/** The {@code WWW-Authenticate} challenge of a 401 from the API. */
	String challenge();

	/** Where forms may send the browser besides this app (the sign-out redirect to Keycloak), for the CSP. */
	String formActionSources();

	/** Adds to the stateless API chain how callers prove who they are. */
	void api(HttpSecurity http, JsonErrors errors);

	/** Adds to the browser chain how people sign in and out. */
	void web(HttpSecurity http);
}
