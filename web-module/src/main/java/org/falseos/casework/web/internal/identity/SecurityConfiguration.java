package org.falseos.casework.web.internal.identity;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Two filter chains: a stateless one for {@code /api/**} and {@code /actuator/**} (credentials on every request, no
 * session, so no CSRF) and one for the browser (a session, CSRF on every form post, a new session id at sign-in).
 * Which routes need which role is decided here; which case or pattern a person may see is the modules' policies'
 * business.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/guide", "/guide/**", "/search", "/css/**", "/js/**",
			"/favicon.ico", "/error", "/login" };

	static final String[] PUBLIC_API = { "/api/guidance/**", "/api/search/guidance", "/api/search/guidance/**" };

	// Health is public (without details: management.endpoint.health.show-details); info names the JVM, so admins only.
	static final String[] PUBLIC_ACTUATOR = { "/actuator/health", "/actuator/health/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SignInMethod signIn, PublicUrl publicUrl, Environment environment) {
		var errors = new JsonErrors(signIn.challenge());
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API)
				.permitAll()
				.requestMatchers(PUBLIC_ACTUATOR)
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/cases")
				.hasRole(Role.CASEWORKER.name())
				.requestMatchers("/api/linking/suggestions", "/api/linking/suggestions/**")
				.hasRole(Role.COORDINATOR.name())
				.requestMatchers("/api/erasure-requests", "/api/erasure-requests/**")
				.hasRole(Role.SUPERVISOR.name())
				.requestMatchers("/api/cases/*/assignee", "/api/cases/*/audit", "/api/cases/*/police-consent-override")
				.hasRole(Role.SUPERVISOR.name())
				.requestMatchers("/api/cases/*/team")
				.hasRole(Role.SUPERVISOR.name())
				.requestMatchers(HttpMethod.POST, "/api/cases/*/supervision-notes")
				.hasRole(Role.SUPERVISOR.name())
				.requestMatchers("/api/cases", "/api/cases/**", "/api/search/cases")
				.hasAnyRole(Role.CASEWORKER.name(), Role.SUPERVISOR.name())
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.addFilterBefore(new CrossSiteApiGuard(publicUrl), BasicAuthenticationFilter.class)
			.headers(headers(signIn, environment));
		signIn.api(http, errors);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SignInMethod signIn, Environment environment) {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/cases", "/cases/**")
			.hasAnyRole(Role.CASEWORKER.name(), Role.SUPERVISOR.name())
			.requestMatchers("/linking/suggestions/**")
			.hasRole(Role.COORDINATOR.name())
			.requestMatchers("/editorial", "/editorial/**")
			.hasAnyRole(Role.EDITOR.name(), Role.SUPERVISOR.name())
			.anyRequest()
			.authenticated())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers(signIn, environment));
		signIn.web(http);
		return http.build();
	}

	// No inline script or style anywhere, so the policy can forbid both.
	static String contentSecurityPolicy(SignInMethod signIn) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
				+ "base-uri 'self'; form-action " + signIn.formActionSources() + "; frame-ancestors 'none'";
	}

	// No page uses a camera, microphone, location, sensors, payments or USB; nothing else may embed or open this app
	// in a shared browsing context, or load its responses from another site.
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private static Customizer<HeadersConfigurer<HttpSecurity>> headers(SignInMethod signIn, Environment environment) {
		boolean production = environment.acceptsProfiles(Profiles.of("prod"));
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(signIn)))
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.crossOriginResourcePolicy(corp -> corp.policy(CrossOriginResourcePolicy.SAME_ORIGIN))
			// In prod on every response, even when TLS ends at a proxy that is not trusted to say so; elsewhere
			// only on https requests (Spring Security's default). Browsers ignore it over plain http.
			.httpStrictTransportSecurity(hsts -> {
				hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
				if (production) {
					hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
				}
			});
	}
}
