package org.falseos.casework.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class GuidePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOverviewFollowsTheSeedsOrder() throws Exception {
		String page = html("/guide/scotland");

		List<String> inOrder = List.of("In immediate danger? Call 999 now.", "Step 1: Start the paper trail",
				"Step 2: File with the national cybercrime body", "What to report it as",
				"Good to know before you report", "If the person is in another country", "Keep climbing",
				"Cross-cutting essentials");
		int last = -1;
		for (String heading : inOrder) {
			int at = page.indexOf(heading);
			assertThat(at).as(heading).isGreaterThan(last);
			last = at;
		}
		assertThat(page).contains("Skip to main content", "<main id=\"main\"", "Not for this jurisdiction",
				"does NOT apply here", "civil only");
	}

	@Test
	void anItemPageShowsItsFactsSourcesAndDates() throws Exception {
		String page = html("/guide/scotland/offence-stalking");

		assertThat(page).contains("<h1>Stalking</h1>", "Section 39", "Criminal Justice and Licensing (Scotland) Act 2010",
				"href=\"https://legislation.gov.uk\"", "Last verified", "26 November 2026", "26 May 2027");
	}

	@Test
	void theCrossBorderPickerLeadsToTheCountrysGuideWithoutJavaScript() throws Exception {
		mvc.perform(get("/guide/scotland/abroad").param("country", "canada"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/guide/scotland/cross-border-canada"));
		assertThat(html("/guide/scotland/abroad?country=atlantis")).contains("We do not have a guide for that country");
	}

	@Test
	void unknownPagesAreNotFound() throws Exception {
		mvc.perform(get("/guide/atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/guide/scotland/no-such-item")).andExpect(status().isNotFound());
		mvc.perform(get("/guide/scotland/Not_A_Slug")).andExpect(status().isNotFound());
	}

	@Test
	void pagesCarryAPrintStylesheetAndNoInlineScript() throws Exception {
		String page = html("/guide/scotland/cross-border-new-zealand");

		assertThat(page).contains("media=\"print\"", "0508 638 723", "1 December 2025").doesNotContain("<script>");
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
