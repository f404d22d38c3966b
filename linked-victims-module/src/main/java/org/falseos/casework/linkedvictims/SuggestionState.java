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
	DISMISSED,
	/**
	 * Everything the cases shared was withdrawn from one of them (a mistyped identifier, say): nothing to decide
	 * on any more; the reason says which and why. It comes back if the cases come to share something again.
	 */
	WITHDRAWN
}
