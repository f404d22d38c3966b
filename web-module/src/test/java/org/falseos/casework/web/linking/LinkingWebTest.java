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
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.TestPropertySource;

/**
 * One application context for the linking web tests (MockMvc and browser): the demo accounts, a caseworker of a
 * third team and a supervisor of "another team".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = "falseos.demo-mode=true")
@Import(LinkingWebTest.SignInAccounts.class)
@interface LinkingWebTest {

	String PASSWORD = "demo";

	/** The demo accounts, plus a caseworker of a third team (East) and a supervisor of the other team (South). */
	@TestConfiguration(proxyBeanMethods = false)
	class SignInAccounts {

		@Bean
		ApplicationRunner moreTeams(JdbcClient jdbc) {
			return args -> {
				String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
				account(jdbc, "caseworker3", hash, "CASEWORKER");
				jdbc.sql("insert into web.team (name) values ('East') on conflict do nothing").update();
				jdbc.sql("insert into web.team_member (username, team) values ('caseworker3', 'East') on conflict do nothing").update();
				account(jdbc, "supervisor2", hash, "SUPERVISOR");
				jdbc.sql("insert into web.team (name) values ('South') on conflict do nothing").update();
				jdbc.sql("insert into web.supervised_team (username, team) values ('supervisor2', 'South') on conflict do nothing").update();
			};
		}

		private static void account(JdbcClient jdbc, String username, String hash, String role) {
			jdbc.sql("insert into web.account (username, display_name, password_hash, enabled, demo) values (?, ?, ?, true, false) on conflict do nothing")
				.params(username, username, hash).update();
			jdbc.sql("insert into web.account_role (username, role) values (?, ?) on conflict do nothing").params(username, role).update();
		}
	}
}
