package org.falseos.casework.cases;

import java.util.UUID;

/** Someone asked for a client's erasure; a second person, a supervisor of the client's team, must decide. */
public record ErasureRequested(UUID requestId, ClientId clientId, String team, String requestedBy) {
}
