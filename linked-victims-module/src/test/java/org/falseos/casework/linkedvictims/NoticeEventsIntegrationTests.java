package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.SOUTH;

import org.falseos.casework.cases.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The events the inbox turns into notifications: a pair of cases is announced to coordinators once, however much
 * more the cases come to share, and accepting it asks for consent only where the client has not been asked.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(LinkingEvents.class)
class NoticeEventsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	LinkingEvents events;

	@Test
	void aPairIsAnnouncedOnceAndAcceptingItAsksOnlyTheClientNotYetAsked() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.consent(NORTH, north, true);
		given.identifier(NORTH, north, HANDLE, "X", "@announced.once");
		given.identifier(SOUTH, south, HANDLE, "x", "Announced.Once");
		var suggestion = given.awaitSuggestion(north, south);
		given.reference(NORTH, north, "Police Scotland", "PS-ONCE-0042");
		given.reference(SOUTH, south, "Police Scotland", "PS-ONCE-0042");
		await().atMost(Fixtures.PATIENCE)
			.until(() -> given.suggestionFor(north, south).orElseThrow().shared().size() == 2);

		assertThat(events.of(SuggestionMade.class)).filteredOn(e -> e.suggestionId().equals(suggestion.id()))
			.hasSize(1);

		linking.accept(COORDINATOR, suggestion.id());

		assertThat(events.of(LinkingConsentRequested.class))
			.filteredOn(e -> e.suggestionId().equals(suggestion.id()))
			.containsExactly(new LinkingConsentRequested(suggestion.id(), south, "South", "caseworker2"));
	}
}
