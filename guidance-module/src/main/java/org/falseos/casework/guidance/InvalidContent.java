package org.falseos.casework.guidance;

import java.util.Map;

/** A draft that cannot be accepted, with a message per offending field. */
public class InvalidContent extends IllegalArgumentException {

	private final Map<String, String> errors;

	public InvalidContent(Map<String, String> errors) {
		super("The draft has errors: " + String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
