package org.falseos.casework.linkedvictims.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.NotPermitted;

/**
 * The one access policy of the linking module. Coordinators see every suggestion and pattern; caseworkers see
 * the patterns their team's cases belong to; supervisors those touching the teams they supervise; nobody else
 * sees anything. Only coordinators decide on suggestions.
 */
final class PatternAccess {

	static final String COORDINATOR = "COORDINATOR";

	private PatternAccess() {
	}

	static boolean isCoordinator(Actor actor) {
		return actor.roles().contains(COORDINATOR);
	}

	static void requireCoordinator(Actor actor, String step) {
		if (!isCoordinator(actor)) {
			throw new NotPermitted("Only coordinators can " + step + ".");
		}
	}

	/** The teams whose patterns this person sees; null means every pattern. */
	static Set<String> teamsSeenBy(Actor actor) {
		if (isCoordinator(actor)) {
			return null;
		}
		Set<String> teams = new HashSet<>();
		if (actor.isCaseworker()) {
			teams.addAll(actor.teams());
		}
		if (actor.isSupervisor()) {
			teams.addAll(actor.supervisedTeams());
		}
		return teams;
	}

	static boolean maySee(Actor actor, Collection<String> memberTeams) {
		Set<String> seen = teamsSeenBy(actor);
		return seen == null || memberTeams.stream().anyMatch(seen::contains);
	}
}
