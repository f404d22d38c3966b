package org.falseos.casework.cases.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CourseOfConduct;

/** Derives the course-of-conduct summary from a diary. */
final class Conduct {

	// Occasions are counted in the client's local days; the seed jurisdiction is Scotland.
	static final ZoneId ZONE = ZoneId.of("Europe/London");

	private Conduct() {
	}

	static CourseOfConduct of(List<CaseFile.Incident> diary) {
		var effective = diary.stream().filter(incident -> incident.correctedBy() == null).toList();
		var days = new TreeSet<LocalDate>();
		effective.forEach(incident -> days.add(incident.occurredAt().atZone(ZONE).toLocalDate()));
		return new CourseOfConduct(effective.size(), days.size(), days.isEmpty() ? null : days.first(),
				days.isEmpty() ? null : days.last());
	}
}
