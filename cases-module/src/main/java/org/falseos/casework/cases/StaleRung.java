package org.falseos.casework.cases;

/**
 * A ladder move refused because the case is no longer on the rung the mover saw: someone else moved it first.
 * Nothing was changed; the mover looks again and decides.
 */
public class StaleRung extends CaseConflict {

	private final int currentRung;

	public StaleRung(int currentRung) {
		super("Someone moved this case to rung " + currentRung + " while you were looking; check and try again.");
		this.currentRung = currentRung;
	}

	public int currentRung() {
		return currentRung;
	}
}
