package org.falseos.casework.web.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.web.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /cases/search: the page finds a team's cases by reference number however typed, by perpetrator identifier
 * and by words, never another team's; the header box's choice and the reference-number rule route /search.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseSearchPageIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CaseSearch search;

	@Test
	void referenceTypedAnotherWayFindsTheCaseWithWhatMatchedButNotForAnotherTeam() throws Exception {
		int digits = ThreadLocalRandom.current().nextInt(1000, 9999);
		String code = "SP-" + digits + ThreadLocalRandom.current().nextInt(100, 999);
		CaseId id = cases.open(NORTH, NewCase.of(code, "scotland", "Threats after a breakup"));
		cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police Scotland", "SCO/" + digits + "/26"));
		String typed = "sco " + digits + " 26";
		await().atMost(Duration.ofSeconds(20)).until(() -> search.search(NORTH, typed).total() > 0);

		mvc.perform(get("/cases/search").param("q", typed).with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/cases/" + id.id() + "\""),
					containsString(">" + code + "<"), containsString("reference number"), containsString(">open<"),
					containsString("not started"), containsString("looks like a reference number"))));
		mvc.perform(get("/cases/search").param("q", typed).with(People.as("supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + id.id())));
		mvc.perform(get("/cases/search").param("q", typed).with(People.as("caseworker2")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No cases found"), not(containsString(id.id().toString())),
					not(containsString(code)))));
	}

	@Test
	void perpetratorHandleIsFoundWithoutItsAt() throws Exception {
		int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String handle = "Troll_" + number;
		CaseId id = cases.open(SOUTH, NewCase.of("SH-" + number, "scotland", "Replies on every post"));
		cases.recordIdentifier(SOUTH, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@" + handle));
		await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SOUTH, handle).total() > 0);

		mvc.perform(get("/cases/search").param("q", handle.toLowerCase()).with(People.as("caseworker2")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/cases/" + id.id()),
					containsString("perpetrator identifier"))));
		mvc.perform(get("/cases/search").param("q", "@" + handle).with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(id.id().toString()))));
	}

	@Test
	void emptyQueryExplainsWhatCanBeSearched() throws Exception {
		mvc.perform(get("/cases/search").with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("What you can search for"),
					containsString("id=\"case-search-q\""))));
		mvc.perform(get("/cases/search").param("q", "  ").with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What you can search for")));
	}

	@Test
	void overLongQueryIsA400NamingTheFieldAndKeepsTheText() throws Exception {
		String typed = "threats ".repeat(30);
		mvc.perform(get("/cases/search").param("q", typed).with(People.as("caseworker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("class=\"error-summary\""),
					containsString("href=\"#case-search-q\""), containsString("200 characters"),
					containsString("aria-invalid=\"true\""), containsString("value=\"" + typed.strip()))));
	}

	@Test
	void onlyCaseworkersAndSupervisorsMaySearchCases() throws Exception {
		for (String role : new String[] { "coordinator", "staff", "editor", "admin" }) {
			mvc.perform(get("/cases/search").param("q", "threats").with(People.as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/cases/search").param("q", "threats")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void headerBoxSendsCaseworkersToCasesByChoiceOrForAReferenceNumber() throws Exception {
		mvc.perform(get("/search").param("q", "fake profile").param("in", "cases").with(People.as("caseworker")))
			.andExpect(redirectedUrl("/cases/search?q=fake+profile"));
		mvc.perform(get("/search").param("q", "SCO/1234/26").param("in", "guidance").with(People.as("supervisor")))
			.andExpect(redirectedUrl("/cases/search?q=SCO%2F1234%2F26"));
		mvc.perform(get("/search").param("q", "SCO/1234/26").with(People.as("caseworker")))
			.andExpect(redirectedUrl("/cases/search?q=SCO%2F1234%2F26"));
		mvc.perform(get("/search").param("q", "stalking").param("in", "guidance").with(People.as("caseworker")))
			.andExpect(status().isOk());
		mvc.perform(get("/search").param("q", "SCO/1234/26").param("in", "guidance-only").with(People.as("caseworker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Search guidance")));
	}

	@Test
	void everyoneElseSearchesGuidanceWhateverTheyType() throws Exception {
		mvc.perform(get("/search").param("q", "SCO/1234/26")).andExpect(status().isOk());
		mvc.perform(get("/search").param("q", "SCO/1234/26").param("in", "cases").with(People.as("staff")))
			.andExpect(status().isOk());
		mvc.perform(get("/search").param("q", "stalking").param("in", "everything").with(People.as("caseworker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Search in (in)")));
	}

	@Test
	void headerOffersTheChoiceOnlyToCaseworkersAndSupervisors() throws Exception {
		mvc.perform(get("/cases/search").with(People.as("caseworker")))
			.andExpect(content().string(allOf(containsString("id=\"site-search-in\""),
					containsString("<option value=\"cases\" selected=\"selected\">Cases</option>"))));
		mvc.perform(get("/guide").with(People.as("supervisor")))
			.andExpect(content().string(allOf(containsString("id=\"site-search-in\""),
					containsString("<option value=\"guidance\" selected=\"selected\">Guidance</option>"))));
		mvc.perform(get("/guide").with(People.as("coordinator")))
			.andExpect(content().string(allOf(not(containsString("site-search-in")), containsString("id=\"site-search\""))));
		mvc.perform(get("/guide")).andExpect(content().string(not(containsString("site-search-in"))));
	}
}
