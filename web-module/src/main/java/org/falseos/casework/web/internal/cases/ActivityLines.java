package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseHistory;
import org.falseos.casework.cases.EvidenceRecord;

/**
 * The activity tab's lines, newest first: what was changed on the case (from the case file) and, for supervisors,
 * the audit trail. A person's repeated views of one day become one line ("viewed the case 4 times on 2 Dec
 * 2026"), and evidence is named by its file name, never by its id.
 */
final class ActivityLines {

	/** One line: who did it (as shown), what, and when it happened (the last time, for a day's views). */
	record Line(String who, String what, Instant at) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private ActivityLines() {
	}

	/**
	 * The case's evidence gives a line for each upload and deletion, which everyone who may see the case reads (the
	 * audit trail records them too, but only supervisors get it), so they are not listed twice.
	 */
	static List<Line> of(CaseFile file, List<AuditEntry> audit, Map<String, String> evidenceNames,
			List<EvidenceRecord> evidence, UnaryOperator<String> names, ZoneId zone) {
		var lines = new ArrayList<Line>(changes(file, names));
		lines.addAll(corrections(file.history(), names));
		var listed = new HashSet<String>();
		for (EvidenceRecord record : evidence) {
			listed.add(record.id().toString());
			lines.add(new Line(names.apply(record.uploadedBy()), "added the evidence file " + record.fileName(),
					record.uploadedAt()));
			if (record.deletion() != null) {
				lines.add(new Line(names.apply(record.deletion().by()), "deleted the evidence file " + record.fileName()
						+ ": " + abbreviate(record.deletion().reason()), record.deletion().at()));
			}
		}
		record Day(String actor, LocalDate day) {
		}
		Map<Day, List<AuditEntry>> views = new LinkedHashMap<>();
		for (AuditEntry entry : audit) {
			if (entry.action().equals("VIEWED")) {
				views.computeIfAbsent(new Day(entry.actor(), entry.at().atZone(zone).toLocalDate()), day -> new ArrayList<>())
					.add(entry);
			}
			else if (!(listed.contains(entry.detail())
					&& (entry.action().equals("EVIDENCE_ADDED") || entry.action().equals("EVIDENCE_DELETED")))) {
				lines.add(new Line(names.apply(entry.actor()), describe(entry, evidenceNames), entry.at()));
			}
		}
		views.forEach((day, entries) -> {
			Instant last = entries.stream().map(AuditEntry::at).max(Comparator.naturalOrder()).orElseThrow();
			String times = entries.size() == 1 ? "once" : entries.size() + " times";
			lines.add(new Line(names.apply(day.actor()), "viewed the case " + times + " on "
					+ day.day().format(DAY), last));
		});
		lines.sort(Comparator.comparing(Line::at).reversed());
		return lines;
	}

	private static List<Line> changes(CaseFile file, UnaryOperator<String> names) {
		var lines = new ArrayList<Line>();
		file.incidents().forEach(i -> lines.add(new Line(names.apply(i.recordedBy()),
				(i.corrects() != null ? "recorded a correction to the diary: " : "added an incident to the diary: ")
						+ abbreviate(i.description()), i.recordedAt())));
		file.escalations().forEach(e -> lines.add(new Line(names.apply(e.movedBy()),
				"moved the case from rung " + e.fromRung() + " to rung " + e.toRung() + ": " + abbreviate(e.note()),
				e.movedAt())));
		file.identifiers().forEach(p -> lines.add(new Line(names.apply(p.recordedBy()),
				"recorded the perpetrator identifier " + p.value(), p.recordedAt())));
		file.referenceNumbers().forEach(r -> lines.add(new Line(names.apply(r.recordedBy()),
				"recorded the reference number " + r.number() + " (" + r.agency() + ")", r.recordedAt())));
		file.client().consents().forEach(c -> lines.add(new Line(names.apply(c.recordedBy()),
				"recorded " + c.kind().name().toLowerCase(Locale.ROOT) + " consent as " + (c.given() ? "given" : "refused"),
				c.recordedAt())));
		file.tasks().stream().filter(t -> t.doneAt() != null).forEach(t -> lines.add(new Line(names.apply(t.doneBy()),
				"completed the task " + t.title(), t.doneAt())));
		return lines;
	}

	/** What was corrected or withdrawn, with the reason: the earlier values themselves are on each entry's page. */
	private static List<Line> corrections(CaseHistory history, UnaryOperator<String> names) {
		var lines = new ArrayList<Line>();
		if (history == null) {
			return lines;
		}
		history.identifiers().forEach(retired -> lines.add(retraction(retired.retraction(), names,
				"the perpetrator identifier " + retired.entry().value())));
		history.referenceNumbers().forEach(retired -> lines.add(retraction(retired.retraction(), names,
				"the reference number " + retired.entry().number() + " (" + retired.entry().agency() + ")")));
		history.tasks().forEach(retired -> lines.add(retraction(retired.retraction(), names,
				"the task " + retired.entry().title())));
		history.clientDetails().forEach(change -> lines.add(new Line(names.apply(change.changedBy()),
				"corrected the client's details: " + abbreviate(change.reason()), change.changedAt())));
		history.offences().forEach(change -> lines.add(new Line(names.apply(change.changedBy()),
				"changed the offences to name: " + abbreviate(change.reason()), change.changedAt())));
		return lines;
	}

	private static Line retraction(CaseHistory.Retraction retraction, UnaryOperator<String> names, String what) {
		return new Line(names.apply(retraction.retractedBy()), (retraction.replacedBy() != null ? "corrected "
				: "withdrew ") + what + ": " + abbreviate(retraction.reason()), retraction.retractedAt());
	}

	private static String describe(AuditEntry entry, Map<String, String> evidenceNames) {
		String evidence = entry.detail() != null && evidenceNames.containsKey(entry.detail())
				? "the evidence file " + evidenceNames.get(entry.detail()) : "an evidence file no longer listed";
		return switch (entry.action()) {
			case "OPENED" -> "opened the case";
			case "EVIDENCE_ADDED" -> "added " + evidence;
			case "EVIDENCE_DOWNLOADED" -> "downloaded " + evidence;
			case "EVIDENCE_DELETED" -> "deleted " + evidence;
			case "BUNDLE_EXPORTED" -> "exported the police bundle";
			case "POLICE_CONSENT_OVERRIDDEN" -> "overrode the police consent once: " + entry.detail();
			case "POLICE_CONSENT_OVERRIDE_USED" -> "used the police consent override for the police bundle";
			case "CONTACT_DETAILS_ERASED" -> "erased the client's contact details (data consent withdrawn)";
			case "REASSIGNED" -> "reassigned the case " + entry.detail();
			default -> entry.action().toLowerCase(Locale.ROOT).replace('_', ' ')
					+ (entry.detail() == null ? "" : ": " + entry.detail());
		};
	}

	private static String abbreviate(String text) {
		return text == null || text.length() <= 80 ? String.valueOf(text) : text.substring(0, 79) + "…";
	}
}
