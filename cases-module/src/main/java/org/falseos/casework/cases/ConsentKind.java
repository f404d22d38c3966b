package org.falseos.casework.cases;

import java.util.Arrays;

/** What a client consents to: holding their data, being considered for linking, sharing with police. */
public enum ConsentKind {

	DATA, LINKING, POLICE;

	public static ConsentKind fromSlug(String value) {
		return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(value == null ? "" : value.strip()))
			.findFirst()
			.orElseThrow(() -> InvalidCaseInput.of("kind", "Kind must be one of linking, police, data."));
	}
}
