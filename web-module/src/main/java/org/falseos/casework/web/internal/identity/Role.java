package org.falseos.casework.web.internal.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a signed-in person may do; the same names as the Keycloak realm roles. */
public enum Role {

	CASEWORKER, COORDINATOR, SUPERVISOR, STAFF, EDITOR,

	/** Configuration and accounts, but no case content: separation of duties. */
	ADMIN;

	static final String PREFIX = "ROLE_";

	public String authority() {
		return PREFIX + name();
	}

	/** The role named by a granted authority ({@code ROLE_ADMIN}) or a realm role ({@code admin}); else empty. */
	static Optional<Role> named(String name) {
		String bare = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
		return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(bare)).findFirst();
	}
}
