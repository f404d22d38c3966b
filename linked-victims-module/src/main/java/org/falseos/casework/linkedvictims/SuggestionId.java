package org.falseos.casework.linkedvictims;

import java.util.UUID;

/** Identifies a suggestion. */
public record SuggestionId(UUID id) {

	public static SuggestionId parse(String value) {
		try {
			return new SuggestionId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new UnknownSuggestion("No suggestion " + value);
		}
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
