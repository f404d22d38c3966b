package org.falseos.casework.linkedvictims;

import java.time.Instant;
import java.util.Set;

/** A pattern as lists show it. */
public record PatternOverview(PatternId id, String reference, Instant createdAt, int members, Set<String> teams) {
}
