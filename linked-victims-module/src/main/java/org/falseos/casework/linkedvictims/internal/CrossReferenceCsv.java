package org.falseos.casework.linkedvictims.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;

import org.falseos.casework.linkedvictims.LinkedPattern;

/**
 * The cross-reference sheet as CSV (RFC 4180): the pattern summary, a blank line, then one line per reference
 * number. Every cell that a spreadsheet would read as a formula is prefixed with a quote.
 */
final class CrossReferenceCsv {

	private CrossReferenceCsv() {
	}

	static byte[] render(LinkedPattern pattern, Instant generatedAt) {
		return render(pattern, generatedAt, 0);
	}

	/** The sheet for the police, with a line saying how many member cases were left out without police consent. */
	static byte[] render(LinkedPattern pattern, Instant generatedAt, int withheld) {
		var out = new StringBuilder();
		var summary = pattern.summary();
		line(out, "Pattern", pattern.reference());
		line(out, "Generated", generatedAt.toString());
		line(out, "Victims", summary.victims());
		if (withheld > 0) {
			line(out, "Cases withheld (no police consent)", withheld);
		}
		line(out, "Incidents", summary.incidents());
		line(out, "Occasions (distinct days)", summary.occasions());
		line(out, "First incident", summary.first());
		line(out, "Last incident", summary.last());
		line(out, "Platforms", String.join("; ", summary.platforms()));
		line(out, "Jurisdictions", String.join("; ", summary.jurisdictions()));
		line(out, "Perpetrator countries", String.join("; ", summary.perpetratorCountries()));
		out.append("\r\n");
		line(out, "Agency", "Reference number", "Date obtained", "Member (client code)");
		pattern.referenceNumbers().forEach(group -> group.references().forEach(reference -> line(out,
				reference.agency(), reference.number(), reference.obtainedOn(), reference.clientCode())));
		// A byte order mark so that spreadsheet programs read the file as UTF-8.
		return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, Object... cells) {
		out.append(java.util.Arrays.stream(cells).map(CrossReferenceCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	static String cell(Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
