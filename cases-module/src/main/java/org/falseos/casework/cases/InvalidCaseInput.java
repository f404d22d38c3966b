package org.falseos.casework.cases;

import java.util.Map;

/** Input that cannot be recorded, with a message per offending field. */
public class InvalidCaseInput extends IllegalArgumentException {

	private final Map<String, String> errors;

	public InvalidCaseInput(Map<String, String> errors) {
		super(String.join("; ", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public static InvalidCaseInput of(String field, String message) {
		return new InvalidCaseInput(Map.of(field, message));
	}

	public Map<String, String> errors() {
		return errors;
	}
}
