package org.falseos.casework.linkedvictims;

/** No such suggestion (any more): its cases' client may have been erased. */
public class UnknownSuggestion extends RuntimeException {

	public UnknownSuggestion(String message) {
		super(message);
	}
}
