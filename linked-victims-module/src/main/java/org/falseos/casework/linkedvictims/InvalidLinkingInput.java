package org.falseos.casework.linkedvictims;

import java.util.Map;

/** Input that cannot be taken, with a message per offending field. */
public class InvalidLinkingInput extends IllegalArgumentException {

	private final Map<String, String> errors;

	public InvalidLinkingInput(String field, String message) {
		super(message);
		this.errors = Map.of(field, message);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
