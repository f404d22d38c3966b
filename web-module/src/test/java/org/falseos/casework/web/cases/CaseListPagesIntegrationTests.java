package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.People;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The case list page: what a row shows, the filters, and a refusal naming the field for a value it cannot use. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseListPagesIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Test
	void aRowLinksToTheCaseAndShowsItsStatusRungCaseworkerNextTaskAndOverdueFlag() throws Exception {
		CaseId id = open(NORTH, "CLP-1", "threats");
		cases.escalate(NORTH, id, 2, "Police did not answer");
		cases.addTask(NORTH, id, "Chase the police", LocalDate.now().minusDays(3));
		CaseId south = open(SOUTH, "CLP-SOUTH-1", "threats");

		Document page = page("caseworker", "/cases");
		var row = page.select("#case-table tr:has(a[href=\"/cases/" + id + "\"])");
		assertThat(row.select("a.case-link").text()).isEqualTo("CLP-1");
		assertThat(row.select("td").eachText()).containsSubsequence("CLP-1", "Case CLP-1", "Open", "2", "caseworker");
		assertThat(row.select(".overdue-tag").text()).isEqualTo("Overdue");
		assertThat(row.select("time").first().attr("datetime")).isEqualTo(LocalDate.now().minusDays(3).toString());
		assertThat(row.select("time").last().attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d{1,3})?)?Z");
		assertThat(page.select("#case-count").text()).matches("Showing 1–\\d+ of [\\d,]+ cases");
		assertThat(page.select("a[href=\"/cases/" + south + "\"]")).as("another team's case").isEmpty();
		assertThat(page("supervisor", "/cases").select("a[href=\"/cases/" + id + "\"]")).isNotEmpty();
		assertThat(page("supervisor", "/cases").select("a[href=\"/cases/" + south + "\"]")).isEmpty();
		assertThat(page("caseworker2", "/cases").select("a[href=\"/cases/" + south + "\"]")).isNotEmpty();
	}

	@Test
	void filtersNarrowTheListAndTheFormShowsWhatWasChosen() throws Exception {
		CaseId overdue = open(NORTH, "CLP-2", "impersonation");
		cases.addTask(NORTH, overdue, "Call back", LocalDate.now().minusDays(1));
		CaseId closed = open(NORTH, "CLP-3", "impersonation");
		closures.close(NORTH_SUPERVISOR, closed, "RESOLVED", "The client is safe now");

		Document filtered = page("caseworker", "/cases?harm=impersonation&overdue=yes&scope=mine&sort=opened");
		assertThat(filtered.select("a[href=\"/cases/" + overdue + "\"]")).isNotEmpty();
		assertThat(filtered.select("a[href=\"/cases/" + closed + "\"]")).isEmpty();
		assertThat(filtered.select("#harm option[selected]").val()).isEqualTo("impersonation");
		assertThat(filtered.select("#overdue").hasAttr("checked")).isTrue();
		assertThat(filtered.select("#scope-mine").hasAttr("checked")).isTrue();
		assertThat(filtered.select("#sort option[selected]").val()).isEqualTo("opened");
		assertThat(filtered.select("#clear-filters").attr("href")).isEqualTo("/cases");

		Document closedOnly = page("caseworker", "/cases?status=closed&harm=impersonation");
		assertThat(closedOnly.select("a[href=\"/cases/" + closed + "\"]")).isNotEmpty();
		assertThat(closedOnly.select("a[href=\"/cases/" + overdue + "\"]")).isEmpty();
		assertThat(closedOnly.select("#status-closed").hasAttr("checked")).isTrue();
		assertThat(closedOnly.select("label[for=status-open] .count").text()).matches("\\([\\d,]+\\)");
		// Another team's caseworker does not see these through any filter.
		assertThat(page("caseworker2", "/cases?status=closed&harm=impersonation").select("a[href=\"/cases/" + closed + "\"]"))
			.isEmpty();
	}

	@Test
	void nothingMatchingSaysSoAndOffersToClearTheFilters() throws Exception {
		Document empty = page("caseworker", "/cases?rung=99&status=open");
		assertThat(empty.select("#case-table")).isEmpty();
		assertThat(empty.select("#no-cases").text()).contains("No cases match these filters.");
		assertThat(empty.select("#clear-filters-empty").attr("href")).isEqualTo("/cases");
		assertThat(empty.select("#case-count").text()).isEqualTo("0 cases");
	}

	@Test
	void aValueTheListCannotUseIsA400NamingTheField() throws Exception {
		Map<String, String> refused = Map.ofEntries(Map.entry("status=pending", "status"),
				Map.entry("rung=abc", "rung"), Map.entry("rung=-1", "rung"), Map.entry("rung=100", "rung"),
				Map.entry("harm=swatting", "harm"), Map.entry("overdue=maybe", "overdue"),
				Map.entry("scope=everyone", "scope"), Map.entry("sort=foo", "sort"), Map.entry("page=-1", "page"),
				Map.entry("page=0", "page"), Map.entry("page=abc", "page"), Map.entry("page=99999999999", "page"));
		for (var entry : refused.entrySet()) {
			var response = mvc.perform(get("/cases?" + entry.getKey()).with(People.as("caseworker"))).andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(entry.getKey()).isEqualTo(400);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.select(".error-message").text()).as(entry.getKey())
				.contains("The field '" + entry.getValue() + "'");
		}
	}

	private CaseId open(Actor actor, String code, String harm) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null, Set.of(harm),
				null, false, false));
	}

	private Document page(String who, String path) throws Exception {
		var response = mvc.perform(get(path).with(People.as(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(who + " " + path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}
}
