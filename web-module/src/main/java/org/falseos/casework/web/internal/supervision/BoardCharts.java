package org.falseos.casework.web.internal.supervision;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.falseos.casework.cases.SupervisionBoard;
import org.springframework.web.util.HtmlUtils;

/**
 * The board's charts, drawn on the server as inline SVG so that they need no script: each is an image with a title
 * and a description naming every value ({@code role="img"}, {@code aria-labelledby}), and the page puts the same
 * figures in a table beside it. Every word from data is escaped.
 */
final class BoardCharts {

	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private static final int WIDTH = 640;

	private static final int HEIGHT = 240;

	private static final int LEFT = 40;

	private static final int BOTTOM = 40;

	private static final int TOP = 16;

	private BoardCharts() {
	}

	/** Open cases per rung, one bar each. */
	static String rungs(List<SupervisionBoard.Rung> rungs) {
		long max = Math.max(1, rungs.stream().mapToLong(SupervisionBoard.Rung::count).max().orElse(1));
		var description = new StringBuilder("Open cases per rung: ");
		var bars = new StringBuilder();
		double slot = (WIDTH - LEFT - 8) / (double) rungs.size();
		for (int i = 0; i < rungs.size(); i++) {
			var rung = rungs.get(i);
			description.append(i == 0 ? "" : "; ").append("rung ").append(rung.rung()).append(", ").append(rung.count());
			double h = (HEIGHT - TOP - BOTTOM) * rung.count() / (double) max;
			double x = LEFT + i * slot + slot * 0.15;
			double y = HEIGHT - BOTTOM - h;
			bars.append(String.format(Locale.ROOT,
					"<rect class=\"chart-bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"></rect>",
					x, y, slot * 0.7, h));
			bars.append(String.format(Locale.ROOT,
					"<text class=\"chart-value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>",
					x + slot * 0.35, y - 4, rung.count()));
			bars.append(String.format(Locale.ROOT,
					"<text class=\"chart-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
					x + slot * 0.35, HEIGHT - BOTTOM + 16, rung.rung()));
		}
		description.append('.');
		return svg("rung-chart", "Open cases per rung of the ladder", description.toString(),
				axes("Rung") + bars);
	}

	/** Cases opened and closed per week: two bars a week. */
	static String weeks(List<SupervisionBoard.Week> weeks) {
		long max = Math.max(1, weeks.stream().mapToLong(w -> Math.max(w.opened(), w.closed())).max().orElse(1));
		var description = new StringBuilder("Cases opened and closed per week, over " + weeks.size() + " weeks: ");
		var bars = new StringBuilder();
		double slot = (WIDTH - LEFT - 8) / (double) weeks.size();
		for (int i = 0; i < weeks.size(); i++) {
			var week = weeks.get(i);
			String label = WEEK.format(week.starting());
			description.append(i == 0 ? "" : "; ").append("week of ").append(label).append(", ")
				.append(week.opened()).append(" opened, ").append(week.closed()).append(" closed");
			double x = LEFT + i * slot + slot * 0.1;
			double w = slot * 0.4;
			double opened = (HEIGHT - TOP - BOTTOM) * week.opened() / (double) max;
			double closed = (HEIGHT - TOP - BOTTOM) * week.closed() / (double) max;
			bars.append(String.format(Locale.ROOT,
					"<rect class=\"chart-bar chart-opened\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"></rect>",
					x, HEIGHT - BOTTOM - opened, w, opened));
			bars.append(String.format(Locale.ROOT,
					"<rect class=\"chart-bar chart-closed\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"></rect>",
					x + w, HEIGHT - BOTTOM - closed, w, closed));
			bars.append(String.format(Locale.ROOT,
					"<text class=\"chart-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
					x + w, HEIGHT - BOTTOM + 16, HtmlUtils.htmlEscape(label)));
		}
		description.append('.');
		String legend = "<rect class=\"chart-opened\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\"></rect>"
			.formatted(LEFT, HEIGHT - 16)
				+ "<text class=\"chart-label\" x=\"%d\" y=\"%d\">Opened</text>".formatted(LEFT + 16, HEIGHT - 6)
				+ "<rect class=\"chart-closed\" x=\"%d\" y=\"%d\" width=\"12\" height=\"12\"></rect>"
					.formatted(LEFT + 90, HEIGHT - 16)
				+ "<text class=\"chart-label\" x=\"%d\" y=\"%d\">Closed</text>".formatted(LEFT + 106, HEIGHT - 6);
		return svg("week-chart", "Cases opened and closed per week", description.toString(),
				axes("Week starting") + bars + legend);
	}

	private static String axes(String label) {
		return "<line class=\"chart-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>".formatted(LEFT, TOP, LEFT,
				HEIGHT - BOTTOM)
				+ "<line class=\"chart-axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"></line>".formatted(LEFT,
						HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM);
	}

	private static String svg(String id, String title, String description, String body) {
		return ("<svg class=\"chart\" id=\"%1$s\" role=\"img\" aria-labelledby=\"%1$s-title %1$s-desc\" "
				+ "viewBox=\"0 0 %2$d %3$d\" width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\">"
				+ "<title id=\"%1$s-title\">%4$s</title><desc id=\"%1$s-desc\">%5$s</desc>%6$s</svg>")
			.formatted(id, WIDTH, HEIGHT, HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(description), body);
	}
}
