package org.falseos.casework.linkedvictims;

/** A step that does not fit the suggestion's state, e.g. dismissing a pair that is already linked. */
public class LinkingConflict extends IllegalStateException {

	public LinkingConflict(String message) {
		super(message);
	}
}
