package org.falseos.casework.cases;

import java.util.UUID;

/** Identifies one piece of evidence in a case's locker. */
public record EvidenceId(UUID id) {

	public static EvidenceId parse(String value) {
		try {
			return new EvidenceId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new UnknownCase("No evidence " + value);
		}
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
