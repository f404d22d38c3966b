package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.cases.IdentifierKind.EMAIL;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.cases.IdentifierKind.PHONE;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.EAST;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.SOUTH;
import static org.falseos.casework.linkedvictims.People.WEST;

import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(LinkingEvents.class)
class PatternMergeIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	LinkingEvents events;

	@Test
	void linkingCasesOfTwoPatternsMergesThemAndLaterMatchesInsideAPatternNeedNoDecision() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		var east = given.open(EAST, null);
		var west = given.open(WEST, null);
		for (var each : new Object[][] { { NORTH, north }, { SOUTH, south }, { EAST, east }, { WEST, west } }) {
			given.consent((org.falseos.casework.cases.Actor) each[0], (org.falseos.casework.cases.CaseId) each[1], true);
		}
		given.identifier(NORTH, north, HANDLE, "X", "@merge_one");
		given.identifier(SOUTH, south, HANDLE, "X", "merge_one");
		given.identifier(EAST, east, HANDLE, "TikTok", "@merge.two");
		given.identifier(WEST, west, HANDLE, "TikTok", "merge.two");
		var first = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
		var second = linking.accept(COORDINATOR, given.awaitSuggestion(east, west).id()).patternId();

		given.identifier(SOUTH, south, EMAIL, null, "merger@fastmail.com");
		given.identifier(EAST, east, EMAIL, null, "merger+south@fastmail.com");
		var bridge = linking.accept(COORDINATOR, given.awaitSuggestion(south, east).id());

		assertThat(bridge.patternId()).isEqualTo(first);
		assertThat(linking.pattern(COORDINATOR, first).members()).extracting(LinkedPattern.Member::caseId)
			.containsExactlyInAnyOrder(north, south, east, west);
		assertThat(linking.patterns(COORDINATOR)).extracting(PatternOverview::id).contains(first).doesNotContain(second);
		assertThat(events.of(CaseUnlinked.class)).filteredOn(e -> e.patternId().equals(second))
			.extracting(CaseUnlinked::caseId).containsExactlyInAnyOrder(east, west);

		given.identifier(NORTH, north, PHONE, null, "07700 900777");
		given.identifier(WEST, west, PHONE, null, "+447700900777");
		var inside = org.awaitility.Awaitility.await().atMost(Fixtures.PATIENCE)
			.until(() -> given.suggestionFor(north, west), found -> found.isPresent()).orElseThrow();
		assertThat(inside.state()).isEqualTo(SuggestionState.LINKED);
		assertThat(linking.suggestions(COORDINATOR, false)).extracting(Suggestion::id).doesNotContain(inside.id());
	}
}
