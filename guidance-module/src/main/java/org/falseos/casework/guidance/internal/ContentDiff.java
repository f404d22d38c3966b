package org.falseos.casework.guidance.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.falseos.casework.guidance.ContentChange;
import org.falseos.casework.guidance.ContentChange.Line;
import org.falseos.casework.guidance.ItemContent;

/** Field-by-field comparison of two revisions, with a longest-common-subsequence line diff for long text. */
final class ContentDiff {

	private ContentDiff() {
	}

	static List<ContentChange> between(ItemContent before, ItemContent after) {
		Map<String, String> old = fields(before);
		Map<String, String> now = fields(after);
		List<ContentChange> changes = new ArrayList<>();
		for (String field : now.keySet()) {
			String was = old.getOrDefault(field, "");
			String is = now.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new ContentChange(field, was, is, lines(was, is)));
			}
		}
		return changes;
	}

	/** The item flattened into named text fields, in reading order. */
	static Map<String, String> fields(ItemContent content) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (content == null) {
			return fields;
		}
		fields.put("title", text(content.title()));
		fields.put("summary", text(content.summary()));
		fields.put("body", text(content.body()));
		fields.put("contacts", String.join("\n", content.contacts().stream()
				.map(c -> c.kind() + " | " + text(c.label()) + " | " + c.value()).toList()));
		if (content.offence() != null) {
			var offence = content.offence();
			fields.put("offence.statute", text(offence.statute()));
			fields.put("offence.section", text(offence.section()));
			fields.put("offence.classification", text(offence.classification()));
			fields.put("offence.maxPenalty", text(offence.maxPenalty()));
			fields.put("offence.covers", text(offence.covers()));
			fields.put("offence.keyElements", text(offence.keyElements()));
			fields.put("offence.appliesHere", String.valueOf(offence.applies()));
			fields.put("offence.civilOnly", String.valueOf(offence.isCivilOnly()));
			fields.put("offence.harmTypes", String.join(", ", offence.harmTypes()));
			fields.put("offence.pickerReason", text(offence.pickerReason()));
		}
		if (content.crossBorder() != null) {
			var crossBorder = content.crossBorder();
			fields.put("crossBorder.fastestLever", text(crossBorder.fastestLever()));
			fields.put("crossBorder.howItReaches", text(crossBorder.howItReaches()));
			fields.put("crossBorder.honestTruth", text(crossBorder.honestTruth()));
		}
		if (content.rung() != null) {
			fields.put("rung.name", text(content.rung().name()));
		}
		fields.put("sources", String.join("\n", content.sources().stream().map(s -> s.title() + " | " + s.url()).toList()));
		fields.put("sourceNote", text(content.sourceNote()));
		fields.put("lastVerified", String.valueOf(content.lastVerified()));
		fields.put("reviewDue", String.valueOf(content.reviewDue()));
		return fields;
	}

	static List<Line> lines(String before, String after) {
		String[] a = before.split("\n", -1);
		String[] b = after.split("\n", -1);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i].equals(b[j])) {
				lines.add(new Line(Line.Kind.KEPT, a[i++]));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Line.Kind.REMOVED, a[i++]));
			}
			else {
				lines.add(new Line(Line.Kind.ADDED, b[j++]));
			}
		}
		while (i < a.length) {
			lines.add(new Line(Line.Kind.REMOVED, a[i++]));
		}
		while (j < b.length) {
			lines.add(new Line(Line.Kind.ADDED, b[j++]));
		}
		return lines;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
