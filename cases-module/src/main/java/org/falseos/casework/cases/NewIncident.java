package org.falseos.casework.cases;

import java.time.Instant;
import java.util.UUID;

/** A diary entry: when it happened and what happened; {@code corrects} names the entry it corrects, if any. */
public record NewIncident(Instant occurredAt, String description, String platform, String url,
		String perpetratorIdentifier, UUID corrects) {
}
