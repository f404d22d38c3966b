package org.falseos.casework.web.internal.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value refused by the text rule or the date window. Jackson adds the path to it as it unwinds, so the
 * answer can name the field; the reason is this application's own text.
 */
public class RefusedJsonValue extends MismatchedInputException {

	private final String reason;

	RefusedJsonValue(JsonParser parser, String reason) {
		super(parser, reason);
		this.reason = reason;
	}

	/** What to tell the caller, naming the field (e.g. {@code The field 'summary' contains …}). */
	public String describe(String field) {
		return "The field '" + field + "' " + reason;
	}
}
