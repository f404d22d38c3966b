package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.cases.IdentifierKind.URL;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.EAST;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.SOUTH;

import java.nio.charset.StandardCharsets;

import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The done-when walk: three clients' cases in three teams record one perpetrator in different forms;
 * suggestions appear; with consent for two, accepting forms a pattern with both cases' reference numbers on the
 * sheet; the third joins once its client consents.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(LinkingEvents.class)
class LinkingEndToEndIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	LinkingEvents events;

	@Test
	void threeVictimsOfOnePerpetratorBecomeOnePatternAsTheyConsent() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, "united-states");
		var south = given.open(SOUTH, null);
		var east = given.open(EAST, "canada");
		given.reference(NORTH, north, "Police Scotland", "PS-2026-0001");
		given.reference(SOUTH, south, "Police Scotland", "PS-2026-0777");
		given.reference(SOUTH, south, "ICO", "IC-99");
		given.reference(EAST, east, "Action Fraud", "=HYPERLINK(\"http://evil\")");
		given.incident(NORTH, north, "2026-11-01T21:00:00Z", "Twitter", "@Troll_99");
		given.incident(SOUTH, south, "2026-11-03T09:00:00Z", "X", "troll_99");
		given.incident(EAST, east, "2026-11-03T12:00:00Z", "Instagram", "dark.angel");

		given.identifier(NORTH, north, HANDLE, "X", "@Troll_99");
		given.identifier(SOUTH, south, URL, null, "https://mobile.twitter.com/troll_99?s=20");
		given.identifier(EAST, east, HANDLE, "twitter", " troll_99 ");

		var northSouth = given.awaitSuggestion(north, south);
		var northEast = given.awaitSuggestion(north, east);
		given.awaitSuggestion(south, east);
		assertThat(northSouth.kind()).isEqualTo("handle");
		assertThat(northSouth.platform()).isEqualTo("x");
		assertThat(northSouth.state()).isEqualTo(SuggestionState.OPEN);
		assertThat(northSouth.cases()).extracting(Suggestion.SuggestedCase::team).containsExactlyInAnyOrder("North", "South");
		assertThat(northSouth.toString()).doesNotContain("A Name", "troll_99", "Troll_99");
		// What a coordinator weighs: who holds each case and how far it has gone, the shared item masked per side.
		assertThat(northSouth.cases()).extracting(Suggestion.SuggestedCase::clientCode)
			.containsExactlyInAnyOrder(cases.read(NORTH, north).client().code(), cases.read(SOUTH, south).client().code());
		assertThat(northSouth.cases()).allSatisfy(side -> {
			assertThat(side.incidents()).isEqualTo(1);
			assertThat(side.firstIncident()).isEqualTo(side.lastIncident()).isNotNull();
			assertThat(side.rung()).isZero();
			assertThat(side.shares()).containsExactly("@tr•••");
		});

		given.consent(NORTH, north, true);
		given.consent(SOUTH, south, true);
		var accepted = linking.accept(COORDINATOR, northSouth.id());
		assertThat(accepted.state()).isEqualTo(SuggestionState.LINKED);
		var patternId = accepted.patternId();
		assertThat(events.of(PatternCreated.class)).anySatisfy(created -> {
			assertThat(created.patternId()).isEqualTo(patternId);
			assertThat(created.caseIds()).containsExactlyInAnyOrder(north, south);
		});

		var pattern = linking.pattern(COORDINATOR, patternId);
		assertThat(pattern.members()).extracting(LinkedPattern.Member::caseId).containsExactlyInAnyOrder(north, south);
		assertThat(pattern.referenceNumbers()).extracting(LinkedPattern.AgencyReferences::agency)
			.containsExactly("Information Commissioner's Office", "Police Scotland");
		assertThat(pattern.referenceNumbers().get(1).references()).extracting(LinkedPattern.Reference::number)
			.containsExactlyInAnyOrder("PS-2026-0001", "PS-2026-0777");
		assertThat(pattern.identifiers()).singleElement().satisfies(shared -> {
			assertThat(shared.kind()).isEqualTo("handle");
			assertThat(shared.platform()).isEqualTo("x");
			assertThat(shared.masked()).isEqualTo("@tr•••");
		});
		assertThat(pattern.timeline()).extracting(LinkedPattern.TimelineEntry::identifier).containsOnly("@tr•••");
		assertThat(pattern.timeline()).extracting(LinkedPattern.TimelineEntry::platform).containsOnly("x");
		assertThat(pattern.toString()).doesNotContain("Private account", "private-evidence", "A Name");
		var summary = pattern.summary();
		assertThat(summary.victims()).isEqualTo(2);
		assertThat(summary.incidents()).isEqualTo(2);
		assertThat(summary.occasions()).isEqualTo(2);
		assertThat(summary.perpetratorCountries()).containsExactly("united-states");

		var waiting = linking.accept(COORDINATOR, northEast.id());
		assertThat(waiting.state()).isEqualTo(SuggestionState.AWAITING_CONSENT);
		assertThat(waiting.lackingConsent()).containsExactly(east);
		assertThat(linking.consentRequests(EAST)).extracting(ConsentRequest::caseId).contains(east);
		assertThat(linking.consentRequests(NORTH)).extracting(ConsentRequest::caseId).doesNotContain(east);

		given.consent(EAST, east, true);
		given.awaitPatternOf(east, 3);
		var grown = linking.pattern(COORDINATOR, patternId);
		assertThat(grown.summary().victims()).isEqualTo(3);
		assertThat(grown.summary().jurisdictions()).containsExactly("scotland");
		assertThat(grown.summary().perpetratorCountries()).containsExactly("canada", "united-states");
		assertThat(events.of(CaseLinked.class)).anySatisfy(linked -> assertThat(linked.caseId()).isEqualTo(east));
		assertThat(linking.consentRequests(EAST)).extracting(ConsentRequest::caseId).doesNotContain(east);

		// A police export leaves out a member whose client has not said yes to the police, and says so.
		given.policeConsent(NORTH, north, true);
		given.policeConsent(SOUTH, south, true);
		String withheld = new String(linking.export(COORDINATOR, patternId, ExportFormat.CSV).content(),
				StandardCharsets.UTF_8);
		assertThat(withheld).contains("PS-2026-0001", "PS-2026-0777", "IC-99", "Victims,2",
				"Cases withheld (no police consent),1").doesNotContain("HYPERLINK", "canada");
		String svg = new String(linking.export(COORDINATOR, patternId, ExportFormat.SVG).content(), StandardCharsets.UTF_8);
		assertThat(svg).contains("1 more withheld without the client's police consent");
		given.policeConsent(EAST, east, true);
		String csv = new String(linking.export(COORDINATOR, patternId, ExportFormat.CSV).content(), StandardCharsets.UTF_8);
		assertThat(csv).contains("PS-2026-0001", "PS-2026-0777", "IC-99", "\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains("Victims,3").doesNotContain("withheld");

		given.consent(SOUTH, south, false);
		given.awaitPatternOf(north, 2);
		assertThat(events.of(CaseUnlinked.class)).anySatisfy(unlinked -> assertThat(unlinked.caseId()).isEqualTo(south));
		String afterWithdrawal = new String(linking.export(COORDINATOR, patternId, ExportFormat.CSV).content(),
				StandardCharsets.UTF_8);
		assertThat(afterWithdrawal).doesNotContain("PS-2026-0777", "IC-99").contains("PS-2026-0001");
		await().atMost(Fixtures.PATIENCE)
			.until(() -> given.suggestionFor(north, south).orElseThrow().state() == SuggestionState.AWAITING_CONSENT);
	}
}
