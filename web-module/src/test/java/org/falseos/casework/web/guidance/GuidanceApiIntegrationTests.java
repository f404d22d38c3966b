package org.falseos.casework.web.guidance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GuidanceApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsJurisdictionsWithoutSignIn() throws Exception {
		mvc.perform(get("/api/guidance/jurisdictions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'scotland')].url").value(hasItem("/guide/scotland")));
	}

	@Test
	void servesTheWholeScottishGuideStructuredWithSourcesAndDates() throws Exception {
		mvc.perform(get("/api/guidance/jurisdictions/scotland"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections[*].kind").value(org.hamcrest.Matchers.contains("emergency", "channel",
					"national-body", "offence", "note", "cross-border", "ladder-rung", "essential")))
			.andExpect(jsonPath("$.sections[?(@.kind == 'offence')].items[*]", hasSize(8)))
			.andExpect(jsonPath("$.sections[?(@.kind == 'ladder-rung')].items[*]", hasSize(8)))
			.andExpect(jsonPath("$.sections[?(@.kind == 'cross-border')].items[*]", hasSize(5)))
			.andExpect(jsonPath("$.sections[?(@.kind == 'essential')].items[*]", hasSize(5)))
			.andExpect(jsonPath("$.sections[?(@.kind == 'channel')].items[*]", hasSize(3)));
	}

	@Test
	void servesExactFactsOfAnItem() throws Exception {
		mvc.perform(get("/api/guidance/items/scotland.ico"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value("scotland.ico"))
			.andExpect(jsonPath("$.contacts[*].value").value(hasItem("0303 123 1113")))
			.andExpect(jsonPath("$.lastVerified").value("2026-11-26"))
			.andExpect(jsonPath("$.sources[0].url").exists());
		mvc.perform(get("/api/guidance/items/scotland.offence-menacing-communications"))
			.andExpect(jsonPath("$.offence.section").value("Section 127(1)"))
			.andExpect(jsonPath("$.offence.statute").value("Communications Act 2003"));
		mvc.perform(get("/api/guidance/items/scotland.report-fraud"))
			.andExpect(jsonPath("$.notForThisJurisdiction").value(true))
			.andExpect(content().string(containsString("4 December 2025")))
			.andExpect(content().string(containsString("0300 123 2040")));
	}

	@Test
	void unknownOrMalformedIdsAreA404WithAJsonBody() throws Exception {
		for (String id : new String[] { "scotland.no-such-item", "atlantis.offence-stalking", "not-an-id", "SCOTLAND.X" }) {
			mvc.perform(get("/api/guidance/items/{id}", id))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value(404))
				.andExpect(jsonPath("$.message").value(containsString("No guidance item")));
		}
		mvc.perform(get("/api/guidance/jurisdictions/atlantis"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value(containsString("atlantis")));
	}

	@Test
	void theOffencePickerNamesOffencesForHarmsAndRefusesUnknownHarms() throws Exception {
		mvc.perform(get("/api/guidance/jurisdictions/scotland/offences").param("harm", "stalking"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].section").value(hasItem("Section 39")))
			.andExpect(jsonPath("$[0].reason").isNotEmpty());
		mvc.perform(get("/api/guidance/jurisdictions/scotland/offences").param("harm", "gossip"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("Unknown harm type")));
		mvc.perform(get("/api/guidance/jurisdictions/scotland/offences"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("harm")));
	}
}
