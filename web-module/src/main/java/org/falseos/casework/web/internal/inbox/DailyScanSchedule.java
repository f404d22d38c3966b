package org.falseos.casework.web.internal.inbox;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the daily scan on every instance at the configured time; the lock lets one of them run it. Held for at
 * least ten minutes, so an instance whose clock is a few minutes behind finds the lock still taken, not free
 * again after a quick run. Off with {@code falseos.inbox.daily-scan.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "falseos.inbox.daily-scan.enabled", matchIfMissing = true)
class DailyScanSchedule {

	static final String LOCK = "inbox-daily-scan";

	private final DailyScan scan;

	DailyScanSchedule(DailyScan scan) {
		this.scan = scan;
	}

	@Scheduled(cron = "${falseos.inbox.daily-scan-cron:0 30 6 * * *}", zone = "${falseos.time-zone:Europe/London}")
	@SchedulerLock(name = LOCK, lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
	public void runDailyScan() {
		scan.run(Instant.now());
	}
}
