package org.falseos.casework.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/** The public search API's contract: field names exactly as published, and clear 400s for bad input. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GuidanceSearchApiIntegrationTests {

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	@SuppressWarnings("unchecked")
	void resultsCarryExactlyTheContractFields() throws Exception {
		String body = mvc.perform(get("/api/search/guidance").param("q", "stalkng"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString();

		Map<String, Object> results = json.readValue(body, Map.class);
		assertThat(results).containsOnlyKeys("total", "results", "facets", "didYouMean");
		assertThat(results.get("didYouMean")).isEqualTo("stalking");
		var hits = (List<Map<String, Object>>) results.get("results");
		assertThat(hits).isNotEmpty().allSatisfy(
				hit -> assertThat(hit).containsOnlyKeys("id", "title", "kind", "jurisdiction", "snippet", "url"));
		assertThat(hits.getFirst()).containsEntry("id", "scotland.offence-stalking")
			.containsEntry("title", "Stalking").containsEntry("kind", "offence")
			.containsEntry("jurisdiction", "scotland").containsEntry("url", "/guide/scotland/offence-stalking");
		assertThat((Map<String, Object>) results.get("facets")).containsOnlyKeys("jurisdiction", "kind");
	}

	@Test
	void didYouMeanIsNullWhenNothingNeedsCorrecting() throws Exception {
		mvc.perform(get("/api/search/guidance").param("q", "doxxing"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.didYouMean").isEmpty())
			.andExpect(jsonPath("$.results[0].id").value("scotland.doxxing-status"));
	}

	@Test
	void filtersAndPagingNarrowTheResults() throws Exception {
		mvc.perform(get("/api/search/guidance").param("q", "police").param("jurisdiction", "scotland")
			.param("kind", "ladder-rung").param("page", "1").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(2))
			.andExpect(jsonPath("$.results[*].kind").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("ladder-rung"))))
			.andExpect(jsonPath("$.facets.kind.offence").isNumber());
	}

	@ParameterizedTest(name = "{0} is refused: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			q=                                 | Type something to search for.
			q=%20%20                           | Type something to search for.
			x=1                                | Type something to search for.
			q=stalking&page=-1                 | Page numbers run from 0 to 1000.
			q=stalking&page=two                | Parameter 'page' must be a whole number.
			q=stalking&size=0                  | Page size must be between 1 and 50.
			q=stalking&size=51                 | Page size must be between 1 and 50.
			q=stalking&size=ten                | Parameter 'size' must be a whole number.
			q=stalking&kind=gossip             | Unknown kind of guidance item: gossip
			q=stalking&jurisdiction=NOT%20ONE  | Jurisdiction codes look like 'scotland'.
			""")
	void badInputIsA400WithAClearMessage(String query, String message) throws Exception {
		var request = get("/api/search/guidance");
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			request.param(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(message));
	}

	@Test
	void anOverLongQueryIsA400() throws Exception {
		mvc.perform(get("/api/search/guidance").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Search text is limited to 200 characters."));
		mvc.perform(get("/api/search/guidance/suggest").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void suggestionsCompleteGuidanceTitles() throws Exception {
		mvc.perform(get("/api/search/guidance/suggest").param("q", "stalk"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[0].title").value("Stalking"))
			.andExpect(jsonPath("$.suggestions[0].url").value("/guide/scotland/offence-stalking"));
		mvc.perform(get("/api/search/guidance/suggest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions").isEmpty());
	}

	@Test
	void theResultsPageWorksWithoutJavaScript() throws Exception {
		mvc.perform(get("/search").param("q", "fake account pretending to be me"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/guide/scotland/offence-identity-fraud\"")))
			.andExpect(content().string(containsString("href=\"/search?q=fake%20account%20pretending%20to%20be%20me&amp;kind=offence\"")))
			.andExpect(content().string(containsString("<mark>")));
		mvc.perform(get("/search").param("q", "stalkng"))
			.andExpect(content().string(containsString("Did you mean")));
		mvc.perform(get("/search")).andExpect(status().isOk());
		mvc.perform(get("/search").param("q", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Type something to search for.")));
		mvc.perform(get("/search").param("q", "stalking").param("page", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Page numbers are whole numbers.")));
	}

	@Test
	void pagesCarryNoInlineScriptOrStyle() throws Exception {
		String page = mvc.perform(get("/search").param("q", "police")).andReturn().getResponse().getContentAsString();

		assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("style=")
			.doesNotContain("<style").contains("/js/search-suggest.js");
	}
}
