package org.falseos.casework.cases.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code falseos.supervision.*}: when an open case counts as stalled (no diary entry, ladder move, reference number
 * or task done for {@code stalled-after}) and when its time on one rung calls for a review
 * ({@code rung-review-after}). These are the organisation's working thresholds, not legal deadlines.
 */
@ConfigurationProperties("falseos.supervision")
public record SupervisionSettings(@DefaultValue("14d") Duration stalledAfter,
		@DefaultValue("21d") Duration rungReviewAfter) {

	public SupervisionSettings {
		if (stalledAfter.isNegative() || stalledAfter.isZero()) {
			throw new IllegalArgumentException("falseos.supervision.stalled-after must be longer than zero");
		}
		if (rungReviewAfter.isNegative() || rungReviewAfter.isZero()) {
			throw new IllegalArgumentException("falseos.supervision.rung-review-after must be longer than zero");
		}
	}
}
