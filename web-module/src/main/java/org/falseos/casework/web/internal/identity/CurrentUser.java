package org.falseos.casework.web.internal.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signed-in person, the same whether they signed in with a local account or through Keycloak. Controllers
 * take it as a handler method parameter and pass its plain values on to module facades.
 *
 * @param username the stable sign-in name (for Keycloak, {@code preferred_username}, not the {@code sub} UUID)
 * @param supervisedTeams the teams this person supervises, whatever their own team membership
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, Set<String> teams,
		Set<String> supervisedTeams) implements Serializable {

	// Sorted, so that pages and JSON list them in a stable order.
	public CurrentUser {
		var sortedRoles = EnumSet.noneOf(Role.class);
		sortedRoles.addAll(roles);
		roles = Collections.unmodifiableSet(sortedRoles);
		teams = Collections.unmodifiableSortedSet(new TreeSet<>(teams));
		supervisedTeams = Collections.unmodifiableSortedSet(new TreeSet<>(supervisedTeams));
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isMemberOf(String team) {
		return teams.contains(team);
	}

	public boolean supervises(String team) {
		return supervisedTeams.contains(team);
	}
}
