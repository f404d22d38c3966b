package org.falseos.casework.linkedvictims.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.falseos.casework.linkedvictims.ConductSummary;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The cross-reference sheet as a PDF for investigating officers: the summary, then the references by agency. */
final class CrossReferencePdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);

	private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 10);

	private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

	private CrossReferencePdf() {
	}

	static byte[] render(LinkedPattern pattern, Instant generatedAt, String generatedBy) {
		return render(pattern, generatedAt, generatedBy, 0);
	}

	/** The sheet for the police, saying how many member cases were left out without the client's police consent. */
	static byte[] render(LinkedPattern pattern, Instant generatedAt, String generatedBy, int withheld) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter.getInstance(document, out);
		document.addTitle("Cross-reference sheet " + pattern.reference());
		document.open();
		document.add(new Paragraph("Linked victims: cross-reference sheet " + pattern.reference(), TITLE));
		document.add(new Paragraph("Generated " + generatedAt.atZone(PatternAssembler.ZONE).toLocalDate().format(DAY)
				+ " by " + generatedBy + ". Victims appear only by pseudonymous client code; each has consented to "
				+ "their case being linked.", TEXT));
		if (withheld > 0) {
			document.add(new Paragraph(withheld + (withheld == 1 ? " further case of this pattern is" : " further cases of this pattern are")
					+ " withheld: the client has not given consent to share with the police.", BOLD));
		}
		document.add(new Paragraph("Course of conduct", HEADING));
		document.add(summaryTable(pattern.summary()));
		document.add(new Paragraph("Reference numbers by agency", HEADING));
		var table = new PdfPTable(new float[] { 3, 3, 2, 2 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		for (String heading : new String[] { "Agency", "Reference number", "Date obtained", "Member" }) {
			table.addCell(new PdfPCell(new Phrase(heading, BOLD)));
		}
		table.setHeaderRows(1);
		pattern.referenceNumbers().forEach(group -> group.references().forEach(reference -> {
			table.addCell(new Phrase(reference.agency(), TEXT));
			table.addCell(new Phrase(reference.number(), TEXT));
			table.addCell(new Phrase(reference.obtainedOn() == null ? "" : reference.obtainedOn().format(DAY), TEXT));
			table.addCell(new Phrase(reference.clientCode(), TEXT));
		}));
		if (pattern.referenceNumbers().isEmpty()) {
			var none = new PdfPCell(new Phrase("No reference numbers recorded yet.", TEXT));
			none.setColspan(4);
			table.addCell(none);
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private static PdfPTable summaryTable(ConductSummary summary) {
		var table = new PdfPTable(new float[] { 2, 5 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setSpacingAfter(10);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		row(table, "Victims", String.valueOf(summary.victims()));
		row(table, "Incidents", String.valueOf(summary.incidents()));
		row(table, "Occasions (distinct days)", String.valueOf(summary.occasions()));
		row(table, "Date span", summary.first() == null ? "No incidents recorded"
				: summary.first().format(DAY) + " to " + summary.last().format(DAY));
		row(table, "Platforms", String.join(", ", summary.platforms()));
		row(table, "Jurisdictions", String.join(", ", summary.jurisdictions()));
		row(table, "Perpetrator countries", String.join(", ", summary.perpetratorCountries()));
		return table;
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(new Phrase(label, BOLD));
		table.addCell(new Phrase(value, TEXT));
	}
}
