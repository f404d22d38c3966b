package org.falseos.casework;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With several instances, republishing everything outstanding at each restart would deliver events twice while
 * another instance is still working on them. Instead the staleness monitor marks publications that stalled as
 * failed, and this job resubmits failed ones that are old enough on a schedule (listeners are idempotent).
 */
@Component
@ConditionalOnBooleanProperty("falseos.events.resubmit-failed")
class FailedEventResubmission {

	private final FailedEventPublications failed;

	FailedEventResubmission(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${falseos.events.resubmit-interval:PT1M}")
	void resubmit() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1)).withBatchSize(100));
	}
}
