package org.falseos.casework.cases;

import java.time.Instant;

/**
 * A supervisor's one-time release of the police bundle without the client's police consent: who, when and why,
 * and (once used) who downloaded the bundle on it and when.
 */
public record PoliceConsentOverride(String grantedBy, Instant grantedAt, String reason, String usedBy,
		Instant usedAt) {

	public boolean isPending() {
		return usedAt == null;
	}
}
