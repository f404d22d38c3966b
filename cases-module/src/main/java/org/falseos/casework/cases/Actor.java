package org.falseos.casework.cases;

import java.util.Set;

/**
 * Who is asking, as the cases module needs to know it: a username for the audit trail, the roles held and the
 * teams the person works in or supervises. The web module builds it from the signed-in user.
 */
public record Actor(String username, Set<String> roles, Set<String> teams, Set<String> supervisedTeams) {

	public Actor {
		roles = Set.copyOf(roles);
		teams = Set.copyOf(teams);
		supervisedTeams = Set.copyOf(supervisedTeams);
	}

	public boolean isCaseworker() {
		return roles.contains("CASEWORKER");
	}

	public boolean isSupervisor() {
		return roles.contains("SUPERVISOR");
	}
}
