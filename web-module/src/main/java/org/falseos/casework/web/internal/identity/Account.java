package org.falseos.casework.web.internal.identity;

import java.util.Set;

/** A local account as stored: the embedded default's way to sign in. */
record Account(String username, String displayName, String passwordHash, boolean enabled, Set<Role> roles,
		Set<String> teams, Set<String> supervisedTeams) {

	@Override
	public String toString() {
		// Never let a hash reach a log line through toString().
		return "Account[" + username + ", roles=" + roles + ", teams=" + teams + "]";
	}
}
