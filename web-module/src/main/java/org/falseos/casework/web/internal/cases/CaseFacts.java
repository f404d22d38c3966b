package org.falseos.casework.web.internal.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.web.internal.Dates;
import org.springframework.stereotype.Component;

/**
 * What the case page's summary header works out from a {@link CaseFile}; used from the shared case frame as
 * {@code @caseFacts}, so any page that includes the frame shows the same facts.
 */
@Component("caseFacts")
public class CaseFacts {

	private final Dates dates;

	CaseFacts(Dates dates) {
		this.dates = dates;
	}

	/** Since the case reached its rung (opening counts as reaching rung 0), in whole days. */
	public long daysOnRung(CaseFile file) {
		return Duration.between(onRungSince(file), Instant.now()).toDays();
	}

	/** Recorded with the move that put the case on its rung, not worked out from the history. */
	public Instant onRungSince(CaseFile file) {
		return file.rungSince();
	}

	/** The client's latest answer: "given", "refused" or "not recorded" (never asked is not a refusal). */
	public String consent(CaseFile file, ConsentKind kind) {
		return file.client().consents().stream().filter(consent -> consent.kind() == kind).findFirst()
			.map(consent -> consent.given() ? "given" : "refused").orElse("not recorded");
	}

	public List<ConsentKind> consentKinds() {
		return List.of(ConsentKind.values());
	}

	public boolean overdue(CaseFile.Task task) {
		return task.doneAt() == null && task.dueOn() != null && task.dueOn().isBefore(today());
	}

	public long overdueTasks(CaseFile file) {
		return file.tasks().stream().filter(this::overdue).count();
	}

	LocalDate today() {
		return LocalDate.now(dates.zone());
	}
}
