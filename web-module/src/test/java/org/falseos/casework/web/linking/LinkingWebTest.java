package org.falseos.casework.web.linking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.TestPropertySource;

/**
 * One application context for the linking web tests (MockMvc and browser): a second supervisor for "another
 * team", and sign-in accounts for the browser. MERGE NOTE: with the identity branch, sign in with its demo
 * accounts instead of {@link SignInAccounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "falseos.supervised-teams.supervisor2=South", "falseos.teams.caseworker3=East" })
@Import(LinkingWebTest.SignInAccounts.class)
@interface LinkingWebTest {

	String PASSWORD = "linking-test-password";

	@TestConfiguration(proxyBeanMethods = false)
	class SignInAccounts {

		@Bean
		UserDetailsService linkingTestUsers() {
			return new InMemoryUserDetailsManager(
					User.withUsername("coordinator").password("{noop}" + PASSWORD).roles("COORDINATOR").build(),
					User.withUsername("caseworker3").password("{noop}" + PASSWORD).roles("CASEWORKER").build());
		}
	}
}
