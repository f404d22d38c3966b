package org.falseos.casework.web.internal.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code falseos.inbox.*}: when the daily scan runs ({@code daily-scan-cron}, a Spring cron in
 * {@code falseos.time-zone}), whether this instance schedules it at all ({@code daily-scan.enabled}; the lock makes
 * one instance run it whichever start it) and the sender of the e-mail digest ({@code mail-from}), which is only
 * sent when {@code spring.mail.host} is set.
 */
@ConfigurationProperties("falseos.inbox")
record InboxSettings(@DefaultValue("0 30 6 * * *") String dailyScanCron, @DefaultValue DailyScan dailyScan,
		@DefaultValue("FalseOS Casework <no-reply@localhost>") String mailFrom) {

	record DailyScan(@DefaultValue("true") boolean enabled) {
	}
}
