package org.falseos.casework.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/supervision/board}: the field names of issue 12 exactly, the figure another module answers
 * (cases in linked patterns), and who is refused. Cases are assigned to a caseworker name of this test's own, so
 * that the board filtered by that name shows only them although other tests add cases to North.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class SupervisionBoardApiIntegrationTests {

	static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final Actor SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardAnswersWithTheFieldsOfTheIssue() throws Exception {
		var worker = worker();
		CaseId stalled = open(worker, "SBA-1");
		jdbc.sql("update cases.case_file set last_progress_at = :at where id = :id")
			.param("at", Instant.now().minus(Duration.ofDays(20)).atOffset(ZoneOffset.UTC)).param("id", stalled.id())
			.update();
		CaseId escalated = open(worker, "SBA-2");
		cases.escalate(worker, escalated, 3, "Passed to the cybercrime unit");
		cases.addTask(worker, escalated, "Ask for an update", LocalDate.now().minusDays(1));

		JsonNode board = board("supervisor", "?caseworker=" + worker.username());

		assertThat(names(board)).containsExactly("teams", "rungs", "stalled", "caseload", "figures");
		assertThat(board.get("teams").get(0).asString()).isEqualTo("North");
		assertThat(board.get("rungs").size()).isEqualTo(9);
		JsonNode rung3 = board.get("rungs").get(3);
		assertThat(names(rung3)).containsExactly("rung", "title", "count", "cases");
		assertThat(rung3.get("rung").asInt()).isEqualTo(3);
		assertThat(rung3.get("title").asString()).isNotBlank();
		assertThat(rung3.get("count").asLong()).isEqualTo(1);
		JsonNode shown = rung3.get("cases").get(0);
		assertThat(names(shown)).containsExactly("id", "clientCode", "caseworker", "daysOnRung", "lastActivityAt",
				"nextTaskDue");
		assertThat(shown.get("id").asString()).isEqualTo(escalated.toString());
		assertThat(shown.get("clientCode").asString()).isEqualTo("SBA-2");
		assertThat(shown.get("caseworker").asString()).isEqualTo(worker.username());
		assertThat(shown.get("daysOnRung").asLong()).isZero();
		assertThat(Instant.parse(shown.get("lastActivityAt").asString())).isBefore(Instant.now().plusSeconds(1));
		assertThat(shown.get("nextTaskDue").asString()).isEqualTo(LocalDate.now().minusDays(1).toString());
		assertThat(board.get("stalled").size()).isEqualTo(1);
		JsonNode stall = board.get("stalled").get(0);
		assertThat(names(stall)).containsExactly("id", "clientCode", "caseworker", "reason", "since");
		assertThat(stall.get("id").asString()).isEqualTo(stalled.toString());
		assertThat(stall.get("reason").asString()).isEqualTo("no progress");
		assertThat(Instant.parse(stall.get("since").asString())).isBefore(Instant.now().minus(Duration.ofDays(19)));
		JsonNode load = board.get("caseload").get(0);
		assertThat(names(load)).containsExactly("caseworker", "open", "overdueTasks", "stalled");
		assertThat(load.get("open").asLong()).isEqualTo(2);
		assertThat(load.get("overdueTasks").asLong()).isEqualTo(1);
		assertThat(load.get("stalled").asLong()).isEqualTo(1);
		JsonNode figures = board.get("figures");
		assertThat(names(figures)).containsExactly("open", "openedThisWeek", "openedThisMonth", "closedLast30Days",
				"changedByOthers", "medianDaysToClose", "medianDaysToFirstReference", "waitingForPoliceConsent",
				"inLinkedPatterns");
		assertThat(figures.get("open").asLong()).isEqualTo(2);
		assertThat(figures.get("waitingForPoliceConsent").asLong()).isEqualTo(2);
		assertThat(figures.get("medianDaysToClose").isNull()).isTrue();
		assertThat(figures.get("inLinkedPatterns").asLong()).isZero();
	}

	@Test
	void casesInLinkedPatternsComeFromTheLinkingModule() throws Exception {
		var worker = worker();
		String handle = "@board_" + UUID.randomUUID().toString().substring(0, 8);
		CaseId north = open(worker, "SBL-1");
		CaseId south = cases.open(SOUTH, new NewCase("SBL-2", "scotland", "Harassment", null, null, null, null,
				Set.of("threats"), null, false, false));
		for (var pair : List.of(new Object[] { worker, north }, new Object[] { SOUTH, south })) {
			Actor actor = (Actor) pair[0];
			CaseId id = (CaseId) pair[1];
			cases.recordIdentifier(actor, id, new NewIdentifier(IdentifierKind.HANDLE, "X", handle));
			cases.recordConsent(actor, id, ConsentKind.LINKING, true);
		}
		var suggestion = await().atMost(Duration.ofSeconds(20))
			.until(() -> linking.suggestions(COORDINATOR, true).stream()
				.filter(s -> s.caseIds().containsAll(List.of(north, south))).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		linking.accept(COORDINATOR, suggestion.id());

		JsonNode figures = board("supervisor", "?caseworker=" + worker.username()).get("figures");
		// Only the North case: the South one is another team's, not on this board.
		assertThat(figures.get("inLinkedPatterns").asLong()).isEqualTo(1);
		assertThat(figures.get("open").asLong()).isEqualTo(1);
	}

	@Test
	void onlySupervisorsOfTheTeamGetTheBoardAndABadParameterIsNamed() throws Exception {
		for (String who : List.of("caseworker", "coordinator", "staff", "editor", "admin")) {
			assertThat(status(who, "/api/supervision/board")).as(who).isEqualTo(403);
		}
		assertThat(status("supervisor", "/api/supervision/board")).isEqualTo(200);
		assertThat(status("supervisor", "/api/supervision/board?team=North")).isEqualTo(200);
		assertThat(status("supervisor", "/api/supervision/board?team=")).isEqualTo(200);
		assertThat(status("supervisor", "/api/supervision/board?team=South")).isEqualTo(403);
		assertThat(status("supervisor2", "/api/supervision/board?team=North")).isEqualTo(403);
		var tooLong = mvc.perform(get("/api/supervision/board?caseworker=" + "x".repeat(101)).with(People.as("supervisor")))
			.andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(json.readTree(tooLong.getContentAsString()).get("fields").has("caseworker")).isTrue();
		var badTeam = mvc.perform(get("/api/supervision/board?team=" + "x".repeat(101)).with(People.as("supervisor")))
			.andReturn().getResponse();
		assertThat(badTeam.getStatus()).isEqualTo(400);
		assertThat(json.readTree(badTeam.getContentAsString()).get("fields").has("team")).isTrue();
	}

	/** A caseworker of North by a name no other test uses. */
	static Actor worker() {
		return new Actor("sb-" + UUID.randomUUID().toString().substring(0, 8), Set.of("CASEWORKER"), Set.of("North"),
				Set.of());
	}

	private CaseId open(Actor actor, String code) {
		return cases.open(actor, new NewCase(code, "scotland", "Case " + code, null, null, null, null,
				Set.of("threats"), null, false, false));
	}

	private JsonNode board(String who, String query) throws Exception {
		var response = mvc.perform(get("/api/supervision/board" + query).with(People.as(who))).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return json.readTree(response.getContentAsString());
	}

	private int status(String who, String path) throws Exception {
		return mvc.perform(get(path).with(People.as(who))).andReturn().getResponse().getStatus();
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}
}
