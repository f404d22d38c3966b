package org.falseos.casework.web.internal.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts with their roles and teams, in the {@code web} schema. */
@Repository
class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> find(String username) {
		record Row(String username, String displayName, String passwordHash, boolean enabled) {
		}
		return jdbc.sql("select username, display_name, password_hash, enabled from web.account where username = ?")
			.param(username.toLowerCase())
			.query(Row.class)
			.optional()
			.map(row -> new Account(row.username(), row.displayName(), row.passwordHash(), row.enabled(),
					roles(row.username()), teams("team_member", row.username()),
					teams("supervised_team", row.username())));
	}

	List<Account> all() {
		return jdbc.sql("select username from web.account order by username")
			.query(String.class)
			.list()
			.stream()
			.flatMap(username -> find(username).stream())
			.toList();
	}

	/** Creates the account unless one of that name exists; returns whether it did. */
	@Transactional
	boolean createIfAbsent(Account account, boolean demo) {
		int created = jdbc.sql("""
				insert into web.account (username, display_name, password_hash, enabled, demo) values (?, ?, ?, ?, ?)
				on conflict (username) do nothing""")
			.params(account.username(), account.displayName(), account.passwordHash(), account.enabled(), demo)
			.update();
		if (created == 0) {
			return false;
		}
		account.roles().forEach(role -> jdbc.sql("insert into web.account_role (username, role) values (?, ?)")
			.params(account.username(), role.name())
			.update());
		Set<String> allTeams = new HashSet<>(account.teams());
		allTeams.addAll(account.supervisedTeams());
		allTeams.forEach(team -> jdbc.sql("insert into web.team (name) values (?) on conflict do nothing")
			.param(team)
			.update());
		account.teams().forEach(team -> jdbc.sql("insert into web.team_member (username, team) values (?, ?)")
			.params(account.username(), team)
			.update());
		account.supervisedTeams()
			.forEach(team -> jdbc.sql("insert into web.supervised_team (username, team) values (?, ?)")
				.params(account.username(), team)
				.update());
		return true;
	}

	int removeDemoAccounts() {
		return jdbc.sql("delete from web.account where demo").update();
	}

	void changePasswordHash(String username, String passwordHash) {
		jdbc.sql("update web.account set password_hash = ? where username = ?").params(passwordHash, username).update();
	}

	private Set<Role> roles(String username) {
		var roles = EnumSet.noneOf(Role.class);
		jdbc.sql("select role from web.account_role where username = ?")
			.param(username)
			.query(String.class)
			.list()
			.forEach(name -> roles.add(Role.valueOf(name)));
		return roles;
	}

	// The table name comes from this class only, never from input.
	private Set<String> teams(String table, String username) {
		return Set.copyOf(jdbc.sql("select team from web." + table + " where username = ?")
			.param(username)
			.query(String.class)
			.list());
	}
}
