package org.falseos.casework.cases;

import java.util.UUID;

/** Identifies a case. */
public record CaseId(UUID id) {

	public static CaseId parse(String value) {
		try {
			return new CaseId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new UnknownCase("No case " + value);
		}
	}

	@Override
	public String toString() {
		return id.toString();
	}
}
