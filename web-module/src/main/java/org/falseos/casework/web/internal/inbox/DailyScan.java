package org.falseos.casework.web.internal.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.falseos.casework.cases.DueTasks;
import org.falseos.casework.cases.StallWatch;
import org.falseos.casework.web.internal.Dates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The time-based notifications, once a day: reminders of tasks due tomorrow or overdue, the cases that stalled
 * (the cases module publishes {@code CaseStalled}, which {@link InboxListeners} delivers) and the e-mail digest.
 * Every step is idempotent on its own; {@link DailyScanSchedule}'s lock keeps a second instance from running it at
 * the same time and the digest from going out twice.
 */
@Component
class DailyScan {

	private static final Logger log = LoggerFactory.getLogger(DailyScan.class);

	/** How far back an overdue task is still reminded of: it was reminded of when it fell due. */
	static final int OVERDUE_WINDOW_DAYS = 7;

	private final DueTasks dueTasks;

	private final StallWatch stallWatch;

	private final Notifications notifications;

	private final Digest digest;

	private final JdbcClient jdbc;

	private final Dates dates;

	DailyScan(DueTasks dueTasks, StallWatch stallWatch, Notifications notifications, Digest digest, JdbcClient jdbc,
			Dates dates) {
		this.dueTasks = dueTasks;
		this.stallWatch = stallWatch;
		this.notifications = notifications;
		this.digest = digest;
		this.jdbc = jdbc;
		this.dates = dates;
	}

	record Run(int reminders, int stalls, int digests) {
	}

	/** The scan as of {@code now}: "today" and "tomorrow" are days in the configured time zone. */
	Run run(Instant now) {
		LocalDate today = now.atZone(dates.zone()).toLocalDate();
		int reminders = 0;
		for (var task : dueTasks.dueBetween(today.minusDays(OVERDUE_WINDOW_DAYS), today.plusDays(1))) {
			boolean overdue = task.dueOn().isBefore(today);
			var kind = overdue ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE;
			String text = (overdue ? "A task on case " + task.clientCode() + " is overdue since "
					: "A task on case " + task.clientCode() + " is due on ") + dates.date(task.dueOn());
			if (notifications.add(task.caseworker(), kind, task.caseId(), text, "/cases/" + task.caseId() + "/tasks",
					kind.name().toLowerCase() + ":" + task.taskId() + ":" + task.dueOn())) {
				reminders++;
			}
		}
		int stalls = stallWatch.scan(now);
		int digests = digest.send();
		jdbc.sql("insert into web.daily_scan (started_at, reminders, stalls, digests) values (?, ?, ?, ?)")
			.params(Timestamp.from(now), reminders, stalls, digests)
			.update();
		log.info("Daily scan: {} task reminders, {} stalled cases, {} e-mail digests", reminders, stalls, digests);
		return new Run(reminders, stalls, digests);
	}

	/** When the scan last ran, if ever. */
	Optional<Instant> lastRun() {
		return jdbc.sql("select max(started_at) from web.daily_scan").query(Timestamp.class).optional()
			.map(Timestamp::toInstant);
	}
}
