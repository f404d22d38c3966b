package org.falseos.casework.web.internal.identity;

import java.net.URI;
import java.util.HashSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Keycloak mode ({@code keycloak} profile): OIDC login with PKCE for the browser, RP-initiated logout, and JWT
 * bearer tokens for the API, with realm roles and groups mapped the same way for both (see
 * {@link KeycloakClaims}). Local accounts are not used.
 */
@Component
@Profile(KeycloakSignIn.PROFILE)
class KeycloakSignIn implements SignInMethod {

	static final String PROFILE = "keycloak";

	static final String REGISTRATION = "keycloak";

	private final ClientRegistrationRepository registrations;

	private final String issuerOrigin;

	private final PublicUrl publicUrl;

	KeycloakSignIn(ClientRegistrationRepository registrations,
			@Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri}") URI issuer, PublicUrl publicUrl) {
		this.registrations = registrations;
		this.publicUrl = publicUrl;
		this.issuerOrigin = issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

	@Override
	public String challenge() {
		return "Bearer";
	}

	@Override
	public String formActionSources() {
		return "'self' " + issuerOrigin;
	}

	@Override
	public void api(HttpSecurity http, JsonErrors errors) {
		http.oauth2ResourceServer(server -> server
			.jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
					KeycloakClaims.authorities(token.getClaims()), token.getClaimAsString(KeycloakClaims.USERNAME))))
			.authenticationEntryPoint(errors)
			.accessDeniedHandler(errors));
	}

	@Override
	public void web(HttpSecurity http) {
		// Addresses handed to Keycloak come from falseos.public-url ({baseUrl} would take the request's Host header).
		// Made per sign-out: the public URL's port is known only once the server runs (port 0 in tests).
		LogoutSuccessHandler logout = (request, response, authentication) -> {
			var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
			handler.setPostLogoutRedirectUri(publicUrl.resolve("/login?signed-out"));
			handler.onLogoutSuccess(request, response, authentication);
		};
		var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		authorizationRequests.setAuthorizationRequestCustomizer(
				request -> request.redirectUri(publicUrl.resolve("/login/oauth2/code/" + REGISTRATION)));
		http.oauth2Login(login -> login.loginPage("/login")
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
			.failureUrl("/login?error")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers()))
			.permitAll())
			// Straight to Keycloak rather than via this app's sign-in page, which remains for errors and sign-out.
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
					new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION)))
			.logout(out -> out.logoutSuccessHandler(logout).permitAll());
	}

	private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
		var delegate = new OidcUserService();
		return request -> {
			OidcUser user = delegate.loadUser(request);
			var authorities = new HashSet<GrantedAuthority>(user.getAuthorities());
			authorities.addAll(KeycloakClaims.authorities(user.getClaims()));
			return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), KeycloakClaims.USERNAME);
		};
	}
}
