package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests run on an external database, like production: no demo mode unless a test asks for it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NoDemoAccountsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	DemoAccounts demoAccounts;

	@Test
	void anExternalDatabaseGetsNoDemoAccountsAndNoBanner() {
		assertThat(jdbc.sql("select count(*) from web.account where demo").query(Integer.class).single()).isZero();
		assertThat(new WebClient(port).getWithBasic("/api/me", "admin", "demo").statusCode()).isEqualTo(401);
		assertThat(new WebClient(port).get("/").body()).doesNotContain("demo-banner");
	}

	@Test
	void demoAccountsLeftFromAnEarlierDemoRunAreRemovedAtStart() {
		accounts.createIfAbsent(new Account("leftover", "Left Over", "{noop}unused", true, Set.of(Role.STAFF),
				Set.of("North"), Set.of()), true);

		demoAccounts.run(new DefaultApplicationArguments());

		assertThat(accounts.find("leftover")).isEmpty();
	}
}
