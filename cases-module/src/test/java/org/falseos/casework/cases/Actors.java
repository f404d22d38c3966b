package org.falseos.casework.cases;

import java.util.Set;

/** The people of the demo organisation, as the cases module sees them. */
public final class Actors {

	public static final Actor NORTH_CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	public static final Actor SOUTH_CASEWORKER = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	/** A second caseworker of North, to hand cases to. */
	public static final Actor NORTH_CASEWORKER_3 = new Actor("caseworker3", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	/** Supervises both North and South: the one who can move a case between them. */
	public static final Actor LEAD = new Actor("lead", Set.of("SUPERVISOR"), Set.of(), Set.of("North", "South"));

	public static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	public static final Actor SOUTH_SUPERVISOR = new Actor("supervisor-south", Set.of("SUPERVISOR"), Set.of(), Set.of("South"));

	/** A second supervisor of North: erasure needs one who did not ask for it. */
	public static final Actor NORTH_SUPERVISOR_2 = new Actor("supervisor2", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	/** Works in North, supervises South: a supervisor, but not of North. */
	public static final Actor NORTH_CASEWORKER_SOUTH_SUPERVISOR = new Actor("mixed", Set.of("CASEWORKER", "SUPERVISOR"),
			Set.of("North"), Set.of("South"));

	public static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	public static final Actor ADMIN = new Actor("admin", Set.of("ADMIN"), Set.of(), Set.of());

	private Actors() {
	}
}
