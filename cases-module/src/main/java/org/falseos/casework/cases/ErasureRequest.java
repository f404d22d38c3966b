package org.falseos.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** A request to erase a client, waiting for (or given) a second person's decision. */
public record ErasureRequest(UUID id, ClientId clientId, String clientCode, String team, String reason,
		String requestedBy, Instant requestedAt, State state, String decidedBy, Instant decidedAt) {

	public enum State {

		PENDING, APPROVED, DECLINED
	}
}
