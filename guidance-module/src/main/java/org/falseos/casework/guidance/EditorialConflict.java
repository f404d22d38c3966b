package org.falseos.casework.guidance;

/** A workflow step that does not fit the revision's state, e.g. publishing a draft that was already reviewed. */
public class EditorialConflict extends IllegalStateException {

	public EditorialConflict(String message) {
		super(message);
	}
}
