package org.falseos.casework.cases;

import java.util.Set;

/** The people of the demo organisation, as the cases module sees them. */
public final class Actors {

	public static final Actor NORTH_CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	public static final Actor SOUTH_CASEWORKER = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	public static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	public static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	public static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"), Set.of(), Set.of());

	private Actors() {
	}
}
