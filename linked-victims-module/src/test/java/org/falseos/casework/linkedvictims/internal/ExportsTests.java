package org.falseos.casework.linkedvictims.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.linkedvictims.ConductSummary;
import org.falseos.casework.linkedvictims.LinkedPattern;
import org.falseos.casework.linkedvictims.LinkedPattern.AgencyReferences;
import org.falseos.casework.linkedvictims.LinkedPattern.Member;
import org.falseos.casework.linkedvictims.LinkedPattern.Reference;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.SharedIdentifier;
import org.junit.jupiter.api.Test;

class ExportsTests {

	static final CaseId ONE = new CaseId(UUID.randomUUID());

	static final CaseId TWO = new CaseId(UUID.randomUUID());

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreQuoted() {
		assertThat(CrossReferenceCsv.cell("=1+2")).isEqualTo("'=1+2");
		assertThat(CrossReferenceCsv.cell("+44 7700 900123")).isEqualTo("'+44 7700 900123");
		assertThat(CrossReferenceCsv.cell("-5")).isEqualTo("'-5");
		assertThat(CrossReferenceCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CrossReferenceCsv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(CrossReferenceCsv.cell("PS-2026-0001")).isEqualTo("PS-2026-0001");
		assertThat(CrossReferenceCsv.cell(null)).isEmpty();
	}

	@Test
	void theCsvHasTheSummaryThenOneLinePerReferenceNumber() {
		String csv = new String(CrossReferenceCsv.render(pattern(), Instant.parse("2026-11-20T10:00:00Z")),
				StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFPattern,LP-").contains("Victims,2\r\n", "First incident,\r\n")
			.contains("Agency,Reference number,Date obtained,Member (client code)\r\n")
			.contains("Police Scotland,PS-1,2026-11-02,NC-1\r\n", "\"Police, Fife\",'=cmd,,SC-2\r\n");
	}

	@Test
	void theLinkChartIsWellFormedEscapedXmlNamingEveryMember() throws Exception {
		String svg = LinkChart.render(pattern());
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		String text = document.getDocumentElement().getTextContent();
		assertThat(text).contains("NC-1", "SC-2", "Police, Fife", "<script>&", "tr…");
		assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;");
		assertThat(document.getElementsByTagName("line").getLength()).isEqualTo(4);
	}

	@Test
	void thePdfIsAPdf() {
		byte[] pdf = CrossReferencePdf.render(pattern(), Instant.now(), "coordinator");
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	static LinkedPattern pattern() {
		var members = List.of(
				new Member(ONE, "NC-1", "North", "caseworker", "scotland", null, Instant.now()),
				new Member(TWO, "SC-2", "<script>&", "caseworker2", "scotland", "united-states", Instant.now()));
		var shared = List.of(new SharedIdentifier("handle", "x", "tr…", false, Instant.now(), List.of(ONE, TWO)));
		var references = List.of(
				new AgencyReferences("Police Scotland", List.of(new Reference("Police Scotland", "PS-1",
						LocalDate.parse("2026-11-02"), "NC-1", ONE))),
				new AgencyReferences("Police, Fife", List.of(new Reference("Police, Fife", "=cmd", null, "SC-2", TWO))));
		var summary = new ConductSummary(2, 0, 0, null, null, Set.of(), Set.of("scotland"), Set.of("united-states"));
		return new LinkedPattern(new PatternId(UUID.randomUUID()), "LP-1", Instant.now(), members, shared, references,
				List.of(), summary);
	}
}
