package org.falseos.casework.web.internal.identity;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In demo mode only, one account per role (two North caseworkers, and a lead supervising two teams), all with
 * the password {@code demo}. Never created otherwise: not on
 * an external database, not with Keycloak (see {@link DemoMode}).
 */
@Component
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final DemoMode demoMode;

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	DemoAccounts(DemoMode demoMode, Accounts accounts, PasswordEncoder passwords) {
		this.demoMode = demoMode;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.isEnabled()) {
			int removed = accounts.removeDemoAccounts();
			if (removed > 0) {
				log.warn("Demo mode is off: removed {} demo accounts left from an earlier demo run", removed);
			}
			return;
		}
		String hash = passwords.encode(PASSWORD);
		var demo = List.of(
				account("caseworker", "Casey Worker (demo)", Role.CASEWORKER, Set.of("North"), Set.of(), hash),
				account("caseworker2", "Sam South (demo)", Role.CASEWORKER, Set.of("South"), Set.of(), hash),
				// A second North caseworker to hand cases to ("caseworker3" is the tests' East caseworker).
				account("caseworker4", "Nia North (demo)", Role.CASEWORKER, Set.of("North"), Set.of(), hash),
				account("coordinator", "Cora Dinator (demo)", Role.COORDINATOR, Set.of(), Set.of(), hash),
				account("supervisor", "Sue Pervisor (demo)", Role.SUPERVISOR, Set.of(), Set.of("North"), hash),
				// Supervises two teams, so can move a case from one to the other.
				account("lead", "Lee Lead (demo)", Role.SUPERVISOR, Set.of(), Set.of("North", "South"), hash),
				account("staff", "Stef Staff (demo)", Role.STAFF, Set.of(), Set.of(), hash),
				account("editor", "Eddie Editor (demo)", Role.EDITOR, Set.of(), Set.of(), hash),
				account("admin", "Ada Admin (demo)", Role.ADMIN, Set.of(), Set.of(), hash));
		long created = demo.stream().filter(account -> accounts.createIfAbsent(account, true)).count();
		log.warn("DEMO MODE: {} demo accounts ({} new) with the documented demo password. Not for real casework.",
				demo.size(), created);
	}

	private static Account account(String username, String name, Role role, Set<String> teams,
			Set<String> supervised, String hash) {
		return new Account(username, name, hash, true, Set.of(role), teams, supervised);
	}
}
