package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.IdentifierKind.URL;
import static org.falseos.casework.linkedvictims.People.ADMIN;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.NORTH_SUPERVISOR;
import static org.falseos.casework.linkedvictims.People.SOUTH;
import static org.falseos.casework.linkedvictims.People.STAFF;
import static org.falseos.casework.linkedvictims.People.WEST;
import static org.falseos.casework.linkedvictims.People.WEST_SUPERVISOR;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class PatternAccessIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatternIsSeenByCoordinatorsAndTheMembersTeamsOnly() {
		var pattern = linkedPatternOfNorthAndSouth();

		for (Actor seesIt : new Actor[] { COORDINATOR, NORTH, SOUTH, NORTH_SUPERVISOR }) {
			assertThat(linking.pattern(seesIt, pattern).members()).as(seesIt.username()).hasSize(2);
			assertThat(linking.patterns(seesIt)).as(seesIt.username()).extracting(PatternOverview::id).contains(pattern);
		}
		for (Actor doesNot : new Actor[] { WEST, WEST_SUPERVISOR, STAFF, ADMIN }) {
			assertThatThrownBy(() -> linking.pattern(doesNot, pattern)).as(doesNot.username())
				.isInstanceOf(UnknownPattern.class);
			assertThatThrownBy(() -> linking.export(doesNot, pattern, ExportFormat.CSV)).isInstanceOf(UnknownPattern.class);
			assertThat(linking.patterns(doesNot)).extracting(PatternOverview::id).doesNotContain(pattern);
		}
	}

	@Test
	void everyExportIsRecordedWithWhoWhenAndFormat() throws Exception {
		var pattern = linkedPatternOfNorthAndSouth();

		var pdf = linking.export(NORTH, pattern, ExportFormat.PDF);
		assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.fileName()).isEqualTo(pattern.reference() + "-cross-reference.pdf");
		var svg = linking.export(COORDINATOR, pattern, ExportFormat.SVG);
		var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.content()));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		var codes = linking.pattern(COORDINATOR, pattern).members().stream().map(LinkedPattern.Member::clientCode).toList();
		assertThat(document.getDocumentElement().getTextContent()).contains(codes);

		var log = jdbc.sql("select actor || ':' || format from linkedvictims.access_log where pattern_id = :id and action = 'EXPORTED' order by id")
			.param("id", pattern.id()).query(String.class).list();
		assertThat(log).containsExactly("caseworker:PDF", "coordinator:SVG");
	}

	private PatternId linkedPatternOfNorthAndSouth() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		String handle = "hater" + System.nanoTime();
		given.identifier(NORTH, north, URL, null, "https://www.instagram.com/" + handle + "/");
		given.identifier(SOUTH, south, URL, null, "instagram.com/" + handle.toUpperCase());
		given.reference(NORTH, north, "Police Scotland", "PS-<b>&'1");
		given.consent(NORTH, north, true);
		given.consent(SOUTH, south, true);
		given.policeConsent(NORTH, north, true);
		given.policeConsent(SOUTH, south, true);
		return linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
	}
}
