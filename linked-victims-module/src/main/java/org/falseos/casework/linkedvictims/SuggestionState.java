package org.falseos.casework.linkedvictims;

/** Where a suggestion stands. */
public enum SuggestionState {

	/** Waiting for a coordinator. */
	OPEN,
	/** Accepted, but a client's consent to linking is not recorded yet; it completes when it is. */
	AWAITING_CONSENT,
	/** Both cases are in one pattern. */
	LINKED,
	/** A coordinator judged it not the same perpetrator, with a reason. */
	DISMISSED
}
