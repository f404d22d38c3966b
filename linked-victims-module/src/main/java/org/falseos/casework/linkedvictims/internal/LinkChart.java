package org.falseos.casework.linkedvictims.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.LinkedPattern.Member;
import org.falseos.casework.linkedvictims.SharedIdentifier;

/**
 * The link chart as a hand-built SVG: shared identifiers on the left, member cases in the middle, agencies
 * holding their reference numbers on the right, with a line for every link. Three columns read at a glance
 * where a force-directed layout would need a library and still tangle.
 */
final class LinkChart {

	private static final int ROW = 56;

	private static final int BOX_WIDTH = 220;

	private static final int BOX_HEIGHT = 40;

	private static final int[] COLUMNS = { 20, 340, 660 };

	private LinkChart() {
	}

	static String render(LinkedPattern pattern) {
		return render(pattern, 0);
	}

	/** The chart of an export, saying how many member cases were withheld for want of police consent. */
	static String render(LinkedPattern pattern, int withheld) {
		List<SharedIdentifier> identifiers = pattern.identifiers();
		List<Member> members = pattern.members();
		Map<String, List<CaseId>> agencies = new LinkedHashMap<>();
		pattern.referenceNumbers().forEach(group -> group.references()
			.forEach(reference -> agencies.computeIfAbsent(group.agency(), a -> new ArrayList<>()).add(reference.caseId())));
		int rows = Math.max(1, Math.max(identifiers.size(), Math.max(members.size(), agencies.size())));
		int width = COLUMNS[2] + BOX_WIDTH + 20;
		int height = 60 + rows * ROW;
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" role=\"img\" aria-labelledby=\"chart-title\" font-family=\"sans-serif\" font-size=\"13\">\n");
		svg.append("<title id=\"chart-title\">Link chart of pattern ").append(escape(pattern.reference())).append(": ")
			.append(members.size()).append(" cases, ").append(identifiers.size()).append(" shared identifiers, ")
			.append(agencies.size()).append(" agencies")
			.append(withheld > 0 ? "; " + withheld + " more withheld without the client's police consent" : "")
			.append("</title>\n");
		heading(svg, COLUMNS[0], "Shared identifiers");
		heading(svg, COLUMNS[1], "Victims' cases");
		heading(svg, COLUMNS[2], "Agencies");
		svg.append("<g stroke=\"#505a5f\" stroke-width=\"1.5\">\n");
		for (int i = 0; i < identifiers.size(); i++) {
			for (int m = 0; m < members.size(); m++) {
				if (identifiers.get(i).caseIds().contains(members.get(m).caseId())) {
					line(svg, COLUMNS[0] + BOX_WIDTH, y(i), COLUMNS[1], y(m));
				}
			}
		}
		var agencyNames = new ArrayList<>(agencies.keySet());
		for (int a = 0; a < agencyNames.size(); a++) {
			for (int m = 0; m < members.size(); m++) {
				if (agencies.get(agencyNames.get(a)).contains(members.get(m).caseId())) {
					line(svg, COLUMNS[1] + BOX_WIDTH, y(m), COLUMNS[2], y(a));
				}
			}
		}
		svg.append("</g>\n");
		for (int i = 0; i < identifiers.size(); i++) {
			var identifier = identifiers.get(i);
			box(svg, COLUMNS[0], i, "#fff7bf", identifier.kind() + (identifier.platform().isEmpty() ? "" : " · " + identifier.platform()),
					identifier.masked() + (identifier.weak() ? " (weak)" : ""));
		}
		for (int m = 0; m < members.size(); m++) {
			box(svg, COLUMNS[1], m, "#d2e2f1", members.get(m).clientCode(), "team " + members.get(m).team());
		}
		for (int a = 0; a < agencyNames.size(); a++) {
			int count = agencies.get(agencyNames.get(a)).size();
			box(svg, COLUMNS[2], a, "#cce2d8", agencyNames.get(a), count + (count == 1 ? " reference" : " references"));
		}
		return svg.append("</svg>\n").toString();
	}

	private static int y(int row) {
		return 50 + row * ROW + BOX_HEIGHT / 2;
	}

	private static void heading(StringBuilder svg, int x, String text) {
		svg.append("<text x=\"").append(x).append("\" y=\"28\" font-weight=\"bold\">").append(escape(text)).append("</text>\n");
	}

	private static void line(StringBuilder svg, int x1, int y1, int x2, int y2) {
		svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
			.append("\" y2=\"").append(y2).append("\"/>\n");
	}

	private static void box(StringBuilder svg, int x, int row, String fill, String title, String detail) {
		int top = 50 + row * ROW;
		svg.append("<g><rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(BOX_WIDTH)
			.append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"4\" fill=\"").append(fill)
			.append("\" stroke=\"#0b0c0c\"/>\n");
		svg.append("<text x=\"").append(x + 8).append("\" y=\"").append(top + 16).append("\" font-weight=\"bold\">")
			.append(escape(shorten(title))).append("</text>\n");
		svg.append("<text x=\"").append(x + 8).append("\" y=\"").append(top + 32).append("\">").append(escape(shorten(detail)))
			.append("</text></g>\n");
	}

	private static String shorten(String text) {
		return text.length() > 30 ? text.substring(0, 29) + "…" : text;
	}

	/** XML escaping for text and attribute content; control characters XML cannot carry are dropped. */
	static String escape(String text) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
