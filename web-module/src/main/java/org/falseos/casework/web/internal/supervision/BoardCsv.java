package org.falseos.casework.web.internal.supervision;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.falseos.casework.cases.SupervisionBoard;

/**
 * The board's cases as CSV (RFC 4180), for a spreadsheet. A cell that starts with {@code = + - @} (or a tab or
 * carriage return) is prefixed with an apostrophe so that a spreadsheet shows it as text instead of running it as a
 * formula (CSV injection); names come from people and may start with anything.
 */
final class BoardCsv {

	static final String HEADER = "Rung,Rung title,Client code,Caseworker,Team,Days on rung,Last activity,Next task due,Stalled";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private BoardCsv() {
	}

	static String render(List<SupervisionBoard.BoardCase> cases, Map<Integer, String> titles, ZoneId zone) {
		var csv = new StringBuilder(HEADER).append("\r\n");
		for (var c : cases) {
			csv.append(c.rung()).append(',')
				.append(cell(titles.getOrDefault(c.rung(), ""))).append(',')
				.append(cell(c.clientCode())).append(',')
				.append(cell(c.caseworker())).append(',')
				.append(cell(c.team())).append(',')
				.append(c.daysOnRung()).append(',')
				.append(cell(local(c.lastActivityAt(), zone))).append(',')
				.append(c.nextTaskDue() == null ? "" : c.nextTaskDue().toString()).append(',')
				.append(c.stalled() == null ? "" : cell(c.stalled().words()))
				.append("\r\n");
		}
		return csv.toString();
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String local(Instant instant, ZoneId zone) {
		return LOCAL.format(instant.atZone(zone));
	}
}
