package org.falseos.casework.cases;

import java.util.Arrays;

/** How a perpetrator identified themselves. */
public enum IdentifierKind {

	HANDLE, URL, EMAIL, PHONE, NAME, OTHER;

	public static IdentifierKind fromSlug(String value) {
		return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(value == null ? "" : value.strip()))
			.findFirst()
			.orElseThrow(() -> InvalidCaseInput.of("kind", "Kind must be one of handle, url, email, phone, name, other."));
	}
}
