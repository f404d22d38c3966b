package org.falseos.casework.cases.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A case's tasks: some done on the way (a task done is progress, so by the case's last progress), and on an open
 * case some still open. A moving case's open tasks were set lately and fall due around today, so "my cases" has
 * due tasks to show; a stalled case's open tasks were set before it stalled and are mostly overdue.
 */
final class Tasks {

	private static final String[] TITLES = { "Chase Police Scotland for an update",
			"Ask the platform for the report outcome", "Call the client (safe times only)",
			"Export the evidence bundle for the officer", "Check for new posts" };

	record Task(String title, LocalDate dueOn, Instant createdAt, Instant doneAt) {
	}

	private Tasks() {
	}

	static List<Task> of(SplittableRandom random, Instant opened, Instant progress, Instant now, boolean open,
			boolean stalled) {
		LocalDate today = day(now);
		var tasks = new ArrayList<Task>();
		for (int k = random.nextInt(open ? 4 : 3); k > 0; k--) {
			String title = TITLES[random.nextInt(TITLES.length)];
			if (!open || random.nextInt(10) < 4) {
				Instant created = SyntheticWorld.between(random, opened, progress);
				Instant done = SyntheticWorld.between(random, created, progress);
				tasks.add(new Task(title, day(created).plusDays(3 + random.nextInt(18)), created, done));
			}
			else if (stalled) {
				Instant created = SyntheticWorld.between(random, opened, progress);
				tasks.add(new Task(title, day(created).plusDays(2 + random.nextInt(19)), created, null));
			}
			else {
				Instant created = SyntheticWorld.between(random, SyntheticWorld.max(opened,
						now.minus(Duration.ofDays(25))), now);
				LocalDate due = today.plusDays(random.nextInt(26) - 5);
				tasks.add(new Task(title, due.isBefore(day(created)) ? day(created) : due, created, null));
			}
		}
		return tasks;
	}

	private static LocalDate day(Instant instant) {
		return instant.atZone(ZoneOffset.UTC).toLocalDate();
	}
}
