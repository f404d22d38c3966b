package org.falseos.casework.web.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.falseos.casework.web.linking.LinkedCases.COORDINATOR;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.falseos.casework.web.linking.LinkedCases.SOUTH;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Pattern;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.PerpetratorIdentifierWithdrawn;
import org.falseos.casework.linkedvictims.DissolvedPattern;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.PatternId;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.web.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** What the linking pages show a coordinator deciding on a match, and what they no longer show. */
@LinkingWebTest
class LinkingDecisionSupportIntegrationTests {

	// HTML accepts at most three fractional second digits in <time datetime>.
	private static final Pattern DATETIME = Pattern.compile("datetime=\"([^\"]*)\"");

	private static final Pattern VALID_DATETIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z)?");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	CaseLinkingData caseData;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSuggestionShowsEachCaseAndTheSharedItemMaskedPerSideButNeverTheValue() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "X", "@Decision_Troll_42");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "twitter", "decision_troll_42");
		given.incident(NORTH, north, "2026-11-01T21:00:00Z", "@Decision_Troll_42");
		given.incident(NORTH, north, "2026-11-04T08:30:00Z", "@Decision_Troll_42");
		var suggestion = given.awaitSuggestion(north, south);

		String page = html("coordinator", "/linking");
		String article = article(page, "suggestion-" + suggestion.id());
		assertThat(article).contains(given.clientCode(NORTH, north), given.clientCode(SOUTH, south), "North", "South",
				"caseworker2", "Shared handle on x", "Not started", "None recorded",
				"<td class=\"incidents\">2</td>", "<td class=\"incidents\">0</td>", "1 Nov 2026, 21:00", "4 Nov 2026, 08:30");
		assertThat(article.split("handle on x: @de•••42", -1)).hasSize(3);
		assertThat(page.toLowerCase()).doesNotContain("decision_troll", "private name", "what the victim went through",
				"victim-private");
		assertValidDatetimes(page);
	}

	@Test
	void aRefusedConsentReadsRefusedAndTheCaseworkersRequestLinksToTheCase() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.identifier(NORTH, north, IdentifierKind.EMAIL, null, "refusal.test@example.org");
		given.identifier(SOUTH, south, IdentifierKind.EMAIL, null, "Refusal.Test@example.org");
		var suggestion = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id());
		assertThat(suggestion.state()).isEqualTo(SuggestionState.AWAITING_CONSENT);

		String request = html("caseworker", "/linking");
		assertThat(request).contains("href=\"/cases/" + north + "\"").doesNotContain("/cases/" + south);
		assertValidDatetimes(request);

		given.refuseConsent(SOUTH, south);
		await().atMost(Duration.ofSeconds(20)).until(() -> html("coordinator", "/linking")
			.contains("id=\"refused-" + suggestion.id() + "\""));
		String article = article(html("coordinator", "/linking"), "suggestion-" + suggestion.id());
		assertThat(article).contains("Consent refused", "refused consent to linking", given.clientCode(SOUTH, south))
			.doesNotContain("awaiting consent for");
		assertThat(html("caseworker2", "/linking")).doesNotContain("/cases/" + south);
		mvc.perform(get("/api/linking/suggestions").with(People.as("coordinator")))
			.andExpect(jsonPath("$[?(@.id == '%s')].refusedConsent[0]", suggestion.id()).value(south.toString()));
	}

	@Test
	void aDissolvedPatternsPageSaysWhyAndItsSheetsAndChartAreRefused() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.consent(NORTH, north);
		given.consent(SOUTH, south);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "Reddit", "u/dissolving_pattern");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "reddit", "dissolving_pattern");
		var pattern = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
		mvc.perform(get("/linking/patterns/{id}/cross-reference.csv", pattern).with(People.as("coordinator")))
			.andExpect(status().isOk());

		given.refuseConsent(SOUTH, south);
		awaitDissolved(pattern);

		String page = html("coordinator", "/linking/patterns/" + pattern);
		assertThat(page).contains("Pattern " + pattern.reference() + " was dissolved", "consent to linking withdrawn",
				"no longer produced").doesNotContain("cross-reference.csv", given.clientCode(NORTH, north));
		assertValidDatetimes(page);
		for (String export : new String[] { "cross-reference.csv", "cross-reference.pdf" }) {
			mvc.perform(get("/linking/patterns/{id}/" + export, pattern).with(People.as("coordinator")))
				.andExpect(status().isConflict()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
					.content().string(containsString("was dissolved")));
		}
		for (String export : new String[] { "", "/cross-reference.csv", "/cross-reference.pdf", "/chart.svg" }) {
			mvc.perform(get("/api/linking/patterns/{id}" + export, pattern).with(People.as("caseworker")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(containsString("Pattern " + pattern.reference() + " was dissolved")));
		}
		assertThat(article(html("caseworker", "/linking"), "dissolved-" + pattern)).contains(pattern.reference(),
				"consent to linking withdrawn");
		assertThat(html("caseworker3", "/linking")).doesNotContain(pattern.reference());
		// Who may read that it was dissolved: those who could see it, no one else.
		mvc.perform(get("/linking/patterns/{id}", pattern).with(People.as("caseworker2"))).andExpect(status().isOk());
		mvc.perform(get("/linking/patterns/{id}", pattern).with(People.as("supervisor"))).andExpect(status().isOk());
		mvc.perform(get("/linking/patterns/{id}", pattern).with(People.as("caseworker3"))).andExpect(status().isNotFound());
		mvc.perform(get("/linking/patterns/{id}", pattern).with(People.as("supervisor2"))).andExpect(status().isOk());
		mvc.perform(get("/linking/patterns/{id}", pattern).with(People.as("staff"))).andExpect(status().isForbidden());
	}

	@Test
	void aWithdrawnIdentifierWithdrawsTheSuggestionAndTheCoordinatorReadsWhy() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.identifier(NORTH, north, IdentifierKind.PHONE, null, "07700 900432");
		given.identifier(SOUTH, south, IdentifierKind.PHONE, null, "+44 7700 900432");
		var suggestion = given.awaitSuggestion(north, south);
		var identifier = cases.read(SOUTH, south).identifiers().getFirst().id();
		var client = caseData.linkableCase(south).orElseThrow().clientId();

		transactions.executeWithoutResult(tx -> events.publishEvent(
				new PerpetratorIdentifierWithdrawn(south, client, identifier, "Typed from the wrong screenshot", null)));
		await().atMost(Duration.ofSeconds(20)).until(() -> linking.suggestions(COORDINATOR, true).stream()
			.anyMatch(s -> s.id().equals(suggestion.id()) && s.state() == SuggestionState.WITHDRAWN));

		String page = html("coordinator", "/linking");
		assertThat(page).doesNotContain("id=\"suggestion-" + suggestion.id() + "\"");
		assertThat(article(page, "withdrawn-" + suggestion.id())).contains("Withdrawn: the shared identifier was withdrawn from case "
				+ given.clientCode(SOUTH, south) + ": Typed from the wrong screenshot");
		assertThat(page).doesNotContain("900432");
	}

	private void awaitDissolved(PatternId pattern) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			try {
				linking.pattern(COORDINATOR, pattern);
				return false;
			}
			catch (DissolvedPattern dissolved) {
				return true;
			}
		});
	}

	private String html(String user, String path) throws Exception {
		return mvc.perform(get(path).with(People.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The element with this id, up to its closing tag (articles and list items here do not nest). */
	private static String article(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("element #" + id).isNotNegative();
		int end = page.indexOf(id.startsWith("suggestion-") ? "</article>" : "</li>", start);
		return page.substring(start, end);
	}

	private static void assertValidDatetimes(String page) {
		var values = DATETIME.matcher(page).results().map(m -> m.group(1)).toList();
		assertThat(values).isNotEmpty().allMatch(value -> VALID_DATETIME.matcher(value).matches());
	}
}
