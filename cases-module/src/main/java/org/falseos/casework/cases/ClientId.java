package org.falseos.casework.cases;

import java.util.UUID;

/** Identifies a client: the victim a case is about. */
public record ClientId(UUID id) {

	@Override
	public String toString() {
		return id.toString();
	}
}
