package org.falseos.casework.cases;

/** A request that clashes with what is already recorded, e.g. the same reference number twice on one case. */
public class CaseConflict extends IllegalStateException {

	public CaseConflict(String message) {
		super(message);
	}
}
