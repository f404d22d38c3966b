package org.falseos.casework.linkedvictims;

import java.util.Locale;
import java.util.UUID;

/** Identifies a pattern of linked cases. */
public record PatternId(UUID id) {

	public static PatternId parse(String value) {
		try {
			return new PatternId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new UnknownPattern("No pattern " + value);
		}
	}

	/** A short reference people can read out on the phone, e.g. LP-3F2A91C0. */
	public String reference() {
		return "LP-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
