package org.falseos.casework.web.internal.identity;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInThrottleSettings.class)
class IdentityConfiguration implements WebMvcConfigurer {

	private final CurrentUserArgumentResolver currentUsers;

	IdentityConfiguration(CurrentUserArgumentResolver currentUsers) {
		this.currentUsers = currentUsers;
	}

	// Stored hashes name their algorithm ({bcrypt} today), so a stronger default later upgrades them at sign-in.
	@Bean
	static PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	// The one way to check a password (form and HTTP Basic alike). No UserDetailsService bean: Spring Security
	// would build a second, unthrottled password check from it.
	@Bean
	ThrottledPasswordSignIn passwordSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
		return new ThrottledPasswordSignIn(new LocalAccounts(accounts), encoder, throttle);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(currentUsers);
	}
}
