package org.falseos.casework.web.linking;

import org.falseos.casework.web.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.linking.LinkedCases.COORDINATOR;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.falseos.casework.web.linking.LinkedCases.SOUTH;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The JSON contract of the linking API (field names other clients depend on) and its answers to bad input. */
@LinkingWebTest
class LinkingApiIntegrationTests {

	static final RequestPostProcessor AS_COORDINATOR = People.as("coordinator");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Test
	void suggestionsAndPatternsCarryTheContractFieldsAndNoRawIdentifiers() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.identifier(NORTH, north, IdentifierKind.PHONE, null, "07700 900861");
		given.identifier(SOUTH, south, IdentifierKind.URL, null, "https://wa.me/447700900861");
		given.reference(NORTH, north, "Police Scotland", "PS-API-1");
		given.reference(SOUTH, south, "Action Fraud", "NFRC2611");
		given.incident(NORTH, north, "2026-11-05T20:00:00Z", "07700 900861");
		var suggestion = given.awaitSuggestion(north, south);

		String list = mvc.perform(get("/api/linking/suggestions").with(AS_COORDINATOR)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '%s')].caseIds[*]", suggestion.id()).value(hasItems(north.toString(), south.toString())))
			.andExpect(jsonPath("$[?(@.id == '%s')].kind", suggestion.id()).value(hasItem("phone")))
			.andExpect(jsonPath("$[?(@.id == '%s')].platform", suggestion.id()).value(hasItem("")))
			.andExpect(jsonPath("$[?(@.id == '%s')].since", suggestion.id()).exists())
			.andExpect(jsonPath("$[?(@.id == '%s')].state", suggestion.id()).value(hasItem("open")))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("900861", "Private Name");

		given.consent(NORTH, north);
		mvc.perform(post("/api/linking/suggestions/{id}/accept", suggestion.id()).with(AS_COORDINATOR).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("awaiting-consent"))
			.andExpect(jsonPath("$.awaitingConsent[0]").value(south.toString()));
		mvc.perform(get("/api/linking/consent-requests").with(People.as("caseworker2")))
			.andExpect(jsonPath("$[*].caseId").value(hasItem(south.toString())));
		given.consent(SOUTH, south);
		var pattern = org.awaitility.Awaitility.await().until(
				() -> linking.suggestions(COORDINATOR, true).stream().filter(s -> s.id().equals(suggestion.id())).findFirst()
					.orElseThrow().patternId(), java.util.Objects::nonNull);

		String detail = mvc.perform(get("/api/linking/patterns/{id}", pattern).with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members.length()").value(2))
			.andExpect(jsonPath("$.identifiers[0].kind").value("phone"))
			.andExpect(jsonPath("$.identifiers[0].masked").value("+4•••61"))
			.andExpect(jsonPath("$.referenceNumbers[*].agency").value(hasItems("Action Fraud", "Police Scotland")))
			.andExpect(jsonPath("$.timeline[0].occurredAt").value("2026-11-05T20:00:00Z"))
			.andExpect(jsonPath("$.summary.victims").value(2))
			.andExpect(jsonPath("$.summary.occasions").value(1))
			.andReturn().getResponse().getContentAsString();
		assertThat(detail).doesNotContain("900861", "What the victim went through", "victim-private", "Private Name");

		mvc.perform(get("/api/linking/patterns/{id}/cross-reference.csv", pattern).with(AS_COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void badInputIsAClearFourHundredNeverAFiveHundred() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "GitHub", "bad-input-bot");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "github", "Bad-Input-Bot");
		var suggestion = given.awaitSuggestion(north, south);

		mvc.perform(post("/api/linking/suggestions/{id}/dismiss", suggestion.id()).with(AS_COORDINATOR).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").value("Say why these cases are not the same perpetrator."));
		mvc.perform(post("/api/linking/suggestions/{id}/dismiss", suggestion.id()).with(AS_COORDINATOR).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("not json"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").value("required"));
		mvc.perform(post("/api/linking/suggestions/{id}/accept", "not-a-uuid").with(AS_COORDINATOR).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/linking/patterns/{id}", "not-a-uuid").with(AS_COORDINATOR)).andExpect(status().isNotFound());
		mvc.perform(get("/api/linking/suggestions").param("state", "bogus").with(AS_COORDINATOR))
			.andExpect(status().isBadRequest());

		var accepted = linking.accept(COORDINATOR, suggestion.id());
		given.consent(NORTH, north);
		given.consent(SOUTH, south);
		org.awaitility.Awaitility.await().until(() -> linking.suggestions(COORDINATOR, true).stream()
			.anyMatch(s -> s.id().equals(accepted.id()) && s.patternId() != null));
		mvc.perform(post("/api/linking/suggestions/{id}/dismiss", suggestion.id()).with(AS_COORDINATOR).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"changed my mind\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.message").exists());
	}
}
