package org.falseos.casework.linkedvictims;

import java.time.Instant;

/** A dissolved pattern as lists show it: which, when and why; nothing of its former cases. */
public record PatternDissolution(PatternId id, String reference, Instant dissolvedAt, String reason) {
}
