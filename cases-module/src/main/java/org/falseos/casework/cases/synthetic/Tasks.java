package org.falseos.casework.cases.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Open tasks on open cases, due around today, so "my cases" has due tasks to show. */
final class Tasks {

	private static final String[] TITLES = { "Chase Police Scotland for an update",
			"Ask the platform for the report outcome", "Call the client (safe times only)",
			"Export the evidence bundle for the officer", "Check for new posts" };

	record Task(String title, LocalDate dueOn) {
	}

	private Tasks() {
	}

	static List<Task> of(SplittableRandom random, Instant now) {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		var tasks = new ArrayList<Task>();
		for (int k = random.nextInt(3); k > 0; k--) {
			tasks.add(new Task(TITLES[random.nextInt(TITLES.length)], today.plusDays(random.nextInt(25) - 5)));
		}
		return tasks;
	}
}
