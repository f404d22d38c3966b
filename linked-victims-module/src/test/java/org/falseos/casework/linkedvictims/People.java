package org.falseos.casework.linkedvictims;

import java.util.Set;

import org.falseos.casework.cases.Actor;

/** The people of the demo organisation, as the linking module sees them: three teams. */
final class People {

	static final Actor NORTH = caseworker("caseworker", "North");

	static final Actor SOUTH = caseworker("caseworker2", "South");

	static final Actor EAST = caseworker("caseworker3", "East");

	static final Actor WEST = caseworker("caseworker4", "West");

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	static final Actor WEST_SUPERVISOR = new Actor("supervisor2", Set.of("SUPERVISOR"), Set.of(), Set.of("West"));

	static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	static final Actor STAFF = new Actor("staff", Set.of("STAFF"), Set.of("North"), Set.of());

	static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"), Set.of(), Set.of());

	private People() {
	}

	private static Actor caseworker(String name, String team) {
		return new Actor(name, Set.of("CASEWORKER"), Set.of(team), Set.of());
	}
}
