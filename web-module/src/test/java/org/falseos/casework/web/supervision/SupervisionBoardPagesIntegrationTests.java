package org.falseos.casework.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.People;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The board page and its CSV: what a supervisor sees, the charts' accessible text and tables, and who is refused. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class SupervisionBoardPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardShowsRungsStalledCasesCaseloadFiguresAndChartsWithTheirData() throws Exception {
		var worker = SupervisionBoardApiIntegrationTests.worker();
		CaseId held = open(worker, "SBP-1");
		cases.escalate(worker, held, 2, "Reported to the police");
		jdbc.sql("update cases.case_file set rung_since = :at where id = :id")
			.param("at", Instant.now().minus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC)).param("id", held.id())
			.update();
		CaseId fresh = open(worker, "SBP-2");

		Document page = page("supervisor", "/supervision?team=North&caseworker=" + worker.username());

		assertThat(page.select("h1").text()).isEqualTo("Supervision board");
		assertThat(page.select("#team option[selected]").val()).isEqualTo("North");
		assertThat(page.select("#caseworker option[selected]").val()).isEqualTo(worker.username());
		assertThat(page.select("#board-filters").attr("method")).isEqualTo("get");
		assertThat(page.select("#rung-2-heading").text()).startsWith("Rung 2:").contains("(1 case)");
		var row = page.select("#rung-2 tr:has(a[href=\"/cases/" + held + "\"])");
		assertThat(row.select("td").eachText()).containsSubsequence("SBP-1", worker.username(), "30");
		assertThat(row.select(".tag").text()).isEqualTo("held on rung");
		assertThat(page.select("#rung-0 a[href=\"/cases/" + fresh + "\"]")).isNotEmpty();
		var stalled = page.select("#stalled-table tr:has(a[href=\"/cases/" + held + "\"])");
		assertThat(stalled.select("td").eachText()).containsSubsequence("SBP-1", worker.username(), "held on rung");
		assertThat(page.select("#caseload-table tbody tr").eachText()).containsExactly(worker.username() + " 2 0 1");
		assertThat(page.select("#figure-open").text()).isEqualTo("2");
		assertThat(page.select("#figure-police-consent").text()).isEqualTo("2");
		assertThat(page.select("#board-csv").attr("href"))
			.isEqualTo("/supervision/board.csv?team=North&caseworker=" + worker.username());
		// Charts: images with a title and a description, and the same figures in a captioned table beside them.
		var chart = page.select("svg#rung-chart");
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-labelledby")).isEqualTo("rung-chart-title rung-chart-desc");
		assertThat(page.select("#rung-chart-title").text()).isEqualTo("Open cases per rung of the ladder");
		assertThat(page.select("#rung-chart-desc").text()).contains("rung 0, 1", "rung 2, 1", "rung 3, 0");
		assertThat(page.select("#rung-chart-data caption").text()).startsWith("Open cases per rung");
		assertThat(page.select("#rung-chart-data tbody tr")).hasSize(9);
		assertThat(page.select("svg#week-chart").attr("role")).isEqualTo("img");
		assertThat(page.select("#week-chart-desc").text()).contains("over 12 weeks");
		assertThat(page.select("#week-chart-data tbody tr")).hasSize(12);
		assertThat(page.select("#week-chart-data tbody tr").last().select("td").first().text()).isEqualTo("2");
	}

	@Test
	void theCsvHasTheBoardsCasesAndDefusesFormulas() throws Exception {
		var risky = new Actor("=sb-" + UUID.randomUUID().toString().substring(0, 8), Set.of("CASEWORKER"),
				Set.of("North"), Set.of());
		CaseId id = open(risky, "SBC-1");
		cases.escalate(risky, id, 1, "Reported");

		var response = mvc.perform(get("/supervision/board.csv?caseworker=" + risky.username())
			.with(People.as("supervisor"))).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("supervision-board");
		String[] lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).isEqualTo("Rung,Rung title,Client code,Caseworker,Team,Days on rung,Last activity,"
				+ "Next task due,Stalled");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).startsWith("1,").contains(",SBC-1,'" + risky.username() + ",North,0,");
	}

	@Test
	void othersAreRefusedAndTheSupervisorsHomeLinksToTheBoard() throws Exception {
		for (String who : new String[] { "caseworker", "coordinator", "staff", "editor", "admin" }) {
			assertThat(status(who, "/supervision")).as(who).isEqualTo(403);
			assertThat(status(who, "/supervision/board.csv")).as(who).isEqualTo(403);
		}
		assertThat(status("supervisor", "/supervision?team=South")).isEqualTo(403);
		var anonymous = mvc.perform(get("/supervision")).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).contains("/login");
		var tooLong = mvc.perform(get("/supervision?caseworker=" + "x".repeat(101)).with(People.as("supervisor")))
			.andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("class=\"error-message\"",
				"Choose a caseworker from the list");
		assertThat(page("supervisor", "/home").select("#supervision-board-link").attr("href"))
			.isEqualTo("/supervision");
		assertThat(page("supervisor", "/home").select("#nav-supervision").attr("href")).isEqualTo("/supervision");
		assertThat(page("caseworker", "/home").select("#nav-supervision")).isEmpty();
	}

	private CaseId open(Actor actor, String code) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null,
				Set.of("threats"), null, false, false));
	}

	private Document page(String who, String path) throws Exception {
		var response = mvc.perform(get(path).with(People.as(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private int status(String who, String path) throws Exception {
		return mvc.perform(get(path).with(People.as(who))).andReturn().getResponse().getStatus();
	}
}
