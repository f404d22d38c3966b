package org.falseos.casework.web.internal;

import java.util.Map;

import org.falseos.casework.web.internal.input.RefusedJsonValue;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Says which field of a JSON body could not be read and why, in this application's own words: the parser's
 * messages name Java types and are never shown.
 */
public record UnreadableJson(String field, String message) {

	public static UnreadableJson of(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof DatabindException databind) {
			String field = field(databind);
			if (field != null) {
				return new UnreadableJson(field, switch (databind) {
					case RefusedJsonValue refused -> refused.describe(field);
					case InvalidNullException nulls -> "The field '" + field + "' must not contain null.";
					default -> "The field '" + field + "' has an invalid value.";
				});
			}
		}
		if (cause instanceof StreamReadException parsing && parsing.processor() != null) {
			String field = parsing.processor().currentName();
			if (field != null) {
				String original = String.valueOf(parsing.getOriginalMessage());
				return new UnreadableJson(field, original.startsWith("Duplicate Object property")
						? "The field '" + field + "' appears more than once."
						: original.contains("UTF-8") ? "The field '" + field + "' is not valid UTF-8 text."
								: "The body is not valid JSON (at the field '" + field + "').");
			}
		}
		return new UnreadableJson(null, "The request body is not valid JSON.");
	}

	public Map<String, String> fields() {
		return field == null ? Map.of() : Map.of(field, message);
	}

	// The innermost named property: "harmTypes" for a bad element of harmTypes[0].
	private static String field(DatabindException e) {
		String field = null;
		for (var reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				field = reference.getPropertyName();
			}
		}
		return field;
	}
}
