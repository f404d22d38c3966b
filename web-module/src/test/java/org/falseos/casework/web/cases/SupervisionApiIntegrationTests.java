package org.falseos.casework.web.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.falseos.casework.web.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reassignment, team moves and supervision notes over the API, against the demo accounts' directory. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class SupervisionApiIntegrationTests {

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final RequestPostProcessor SUPERVISOR = httpBasic("supervisor", "demo");

	static final RequestPostProcessor LEAD = httpBasic("lead", "demo");

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorReassignsToACaseworkerOfTheTeamAndTheHistoryKeepsTheReason() throws Exception {
		String id = open("SV-API-1");

		send(id, "assignee", SUPERVISOR, "{\"caseworker\": \"caseworker4\", \"reason\": \"Casey is on leave\"}")
			.andExpect(status().isOk()).andExpect(content().json("{\"assignedTo\": \"caseworker4\"}", true));

		mvc.perform(get("/api/cases/{id}/reassignments", id).with(httpBasic("caseworker4", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fromCaseworker").value("caseworker"))
			.andExpect(jsonPath("$[0].toCaseworker").value("caseworker4"))
			.andExpect(jsonPath("$[0].reason").value("Casey is on leave"))
			.andExpect(jsonPath("$[0].reassignedBy").value("supervisor"));
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.assignedTo").value("caseworker4"));
	}

	@Test
	void aNameTheDirectoryDoesNotBackIsA400NamingTheCaseworkerField() throws Exception {
		String id = open("SV-API-2");
		jdbc.sql("""
				insert into web.account (username, display_name, password_hash, enabled) values ('away', 'Away', '{noop}x', false)
				""").update();
		jdbc.sql("insert into web.account_role (username, role) values ('away', 'CASEWORKER')").update();
		jdbc.sql("insert into web.team_member (username, team) values ('away', 'North')").update();

		refused(id, "nobody", "No one is called nobody.");
		refused(id, "coordinator", "coordinator is not a caseworker.");
		refused(id, "caseworker2", "caseworker2 does not work in team North.");
		refused(id, "caseworker", "caseworker already has this case; choose another caseworker.");
		// A disabled account cannot sign in to work on a case, so it is no caseworker to hand one to.
		refused(id, "away", "away is not a caseworker.");
		refused(id, "Caseworker4", "No one is called Caseworker4.");

		send(id, "assignee", CASEWORKER, "{\"caseworker\": \"caseworker4\"}").andExpect(status().isForbidden());
		send(id, "assignee", People.as("supervisor2"), "{\"caseworker\": \"caseworker4\"}")
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}/reassignments", id).with(CASEWORKER)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aLeadMovesTheCaseToTheirOtherTeamAndItsOldTeamGetsA404() throws Exception {
		String id = open("SV-API-3");

		send(id, "team", SUPERVISOR, "{\"team\": \"South\", \"caseworker\": \"caseworker2\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.team").value(containsString("you supervise")));
		send(id, "team", LEAD, "{\"team\": \"South\", \"caseworker\": \"caseworker4\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.caseworker").value("caseworker4 does not work in team South."));
		send(id, "team", LEAD, "{\"team\": \"South\", \"caseworker\": \"caseworker2\", \"reason\": \"Moved house\"}")
			.andExpect(status().isOk())
			.andExpect(content().json("{\"team\": \"South\", \"assignedTo\": \"caseworker2\"}", true));

		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}/reassignments", id).with(httpBasic("caseworker2", "demo")))
			.andExpect(jsonPath("$[0].fromTeam").value("North"))
			.andExpect(jsonPath("$[0].toTeam").value("South"))
			.andExpect(jsonPath("$[0].reason").value("Moved house"));
	}

	@Test
	void supervisorsOfTheTeamWriteNotesWithAReviewDateThatTheCaseworkerReads() throws Exception {
		String id = open("SV-API-4");

		send(id, "supervision-notes", SUPERVISOR, "{\"note\": \"Chase\", \"reviewBy\": \"" + TODAY.minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reviewBy").value("The review date must be today or later."));
		send(id, "supervision-notes", SUPERVISOR, "{\"note\": \"Chase\", \"reviewBy\": \"next week\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reviewBy").exists());
		send(id, "supervision-notes", SUPERVISOR, "{\"note\": \" \"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.note").exists());
		send(id, "supervision-notes", CASEWORKER, "{\"note\": \"Chase\"}").andExpect(status().isForbidden());
		send(id, "supervision-notes", People.as("supervisor2"), "{\"note\": \"Chase\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}/supervision-notes", id).with(People.as("supervisor2")))
			.andExpect(status().isNotFound());

		var created = send(id, "supervision-notes", SUPERVISOR,
				"{\"note\": \"Chase the platform\", \"reviewBy\": \"" + TODAY.plusDays(7) + "\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/cases/" + id + "/supervision-notes/")))
			.andReturn();
		String noteId = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		mvc.perform(get("/api/cases/{id}/supervision-notes", id).with(CASEWORKER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reviewBy").value(TODAY.plusDays(7).toString()))
			.andExpect(jsonPath("$.notes[0].id").value(noteId))
			.andExpect(jsonPath("$.notes[0].note").value("Chase the platform"))
			.andExpect(jsonPath("$.notes[0].writtenBy").value("supervisor"))
			.andExpect(jsonPath("$.notes[0].writtenAt").isString());

		send(id, "supervision-notes", SUPERVISOR, "{\"note\": \"Reviewed\", \"reviewDone\": true}")
			.andExpect(status().isCreated());
		mvc.perform(get("/api/cases/{id}/supervision-notes", id).with(CASEWORKER))
			.andExpect(jsonPath("$.reviewBy").value(nullValue()))
			.andExpect(jsonPath("$.notes.length()").value(2));
	}

	private void refused(String id, String caseworker, String message) throws Exception {
		send(id, "assignee", SUPERVISOR, "{\"caseworker\": \"" + caseworker + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.caseworker").value(message));
	}

	private ResultActions send(String id, String what, RequestPostProcessor who, String json) throws Exception {
		return mvc.perform(post("/api/cases/{id}/" + what, id).with(who).contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"Threats\"}"
					.formatted(clientCode)))
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}
}
