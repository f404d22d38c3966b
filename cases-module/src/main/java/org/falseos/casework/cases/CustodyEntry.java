package org.falseos.casework.cases;

import java.time.Instant;

/** One link in a piece of evidence's chain of custody: who did what to it, when. */
public record CustodyEntry(EvidenceId evidenceId, CustodyAction action, String actor, String detail, Instant at) {
}
