package org.falseos.casework.web;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local accounts a test needs beyond the demo ones (a second supervisor of North, a supervisor of South), made the
 * way the app stores them, with the demo password, so that they sign in through the real form and HTTP Basic.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static void supervisor(JdbcClient jdbc, PasswordEncoder passwords, String username, String team) {
		int created = jdbc.sql("""
				insert into web.account (username, display_name, password_hash, enabled, demo)
				values (?, ?, ?, true, false) on conflict (username) do nothing""")
			.params(username, username + " (test)", passwords.encode("demo")).update();
		if (created == 0) {
			return;
		}
		jdbc.sql("insert into web.account_role (username, role) values (?, 'SUPERVISOR')").param(username).update();
		for (String name : Set.of(team)) {
			jdbc.sql("insert into web.team (name) values (?) on conflict do nothing").param(name).update();
			jdbc.sql("insert into web.supervised_team (username, team) values (?, ?)").params(username, name).update();
		}
	}
}
