package org.falseos.casework.web.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.falseos.casework.web.People;
import org.falseos.casework.web.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Closure by approval over JSON: the contract's names and states, each refusal with its status and field, a
 * closed case refusing a diary entry with the read-only message, and the supervisor's direct close and reopening.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class ClosureApiIntegrationTests {

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final RequestPostProcessor SUPERVISOR = httpBasic("supervisor", "demo");

	static final RequestPostProcessor SOUTH_SUPERVISOR = httpBasic("closure-south", "demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void people() {
		TestAccounts.supervisor(jdbc, passwords, "closure-south", "South");
	}

	@Test
	void aRequestIsApprovedOnceAndTheClosedCaseRefusesNewEntries() throws Exception {
		String id = open("CLA-1");
		var created = mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"The posts are gone\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PENDING"))
			.andExpect(header().string("Location", containsString("/api/cases/" + id + "/closure-requests/")))
			.andReturn();
		String request = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"Again\"}")).andExpect(status().isConflict());
		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/approve", id, request), CASEWORKER, "{}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/approve", id, request), SOUTH_SUPERVISOR, "{}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/approve", id, request), SUPERVISOR, "{}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(request))
			.andExpect(jsonPath("$.state").value("APPROVED"));
		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/reject", id, request), SUPERVISOR,
				"{\"comment\": \"Late\"}")).andExpect(status().isConflict());

		mvc.perform(get("/api/cases/{id}/closure-requests", id).with(CASEWORKER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true)).andExpect(jsonPath("$.outcome").value("RESOLVED"))
			.andExpect(jsonPath("$.requests[0].state").value("APPROVED"))
			.andExpect(jsonPath("$.requests[0].decidedBy").value("supervisor"))
			.andExpect(jsonPath("$.requests[0].reason").value("The posts are gone"));
		mvc.perform(get("/api/cases/{id}/closure-requests", id).with(SOUTH_SUPERVISOR)).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(json(post("/api/cases/{id}/tasks", id), CASEWORKER, "{\"title\": \"Call back\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value("This case is closed; a supervisor can reopen it."));

		mvc.perform(json(post("/api/cases/{id}/reopen", id), SUPERVISOR, "{}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").exists());
		mvc.perform(json(post("/api/cases/{id}/reopen", id), CASEWORKER, "{\"reason\": \"More\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(json(post("/api/cases/{id}/reopen", id), SOUTH_SUPERVISOR, "{\"reason\": \"More\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(json(post("/api/cases/{id}/reopen", id), SUPERVISOR, "{\"reason\": \"The posts are back\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
		mvc.perform(get("/api/cases/{id}/closure-requests", id).with(CASEWORKER))
			.andExpect(jsonPath("$.closed").value(false)).andExpect(jsonPath("$.outcome").doesNotExist())
			.andExpect(jsonPath("$.reopenings[0].reason").value("The posts are back"));
		mvc.perform(json(post("/api/cases/{id}/tasks", id), CASEWORKER, "{\"title\": \"Call back\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void badRequestsNameTheFieldAndARejectionNeedsAComment() throws Exception {
		String id = open("CLA-2");
		mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER,
				"{\"outcome\": \"SOLVED\", \"reason\": \"Done\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.outcome").exists());
		mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER, "{\"outcome\": \"RESOLVED\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").exists());
		mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"" + "x".repeat(2_001) + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.reason").exists());
		var created = mvc.perform(json(post("/api/cases/{id}/closure-requests", id), CASEWORKER,
				"{\"outcome\": \"LOST_CONTACT\", \"reason\": \"No answer\"}")).andReturn();
		String request = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/reject", id, request), SUPERVISOR, "{}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.comment").exists());
		mvc.perform(json(post("/api/cases/{id}/closure-requests/{r}/reject", id, request), SUPERVISOR,
				"{\"comment\": \"Try the safe number\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"));
		mvc.perform(get("/api/cases/{id}/closure-requests", id).with(CASEWORKER))
			.andExpect(jsonPath("$.closed").value(false))
			.andExpect(jsonPath("$.requests[0].comment").value("Try the safe number"));
	}

	@Test
	void theCloseRouteIsASupervisorsOwnClosureAndACaseworkerIsToldToAsk() throws Exception {
		String id = open("CLA-3");
		mvc.perform(json(post("/api/cases/{id}/close", id), CASEWORKER,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"Done\"}"))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.message", containsString("closure request")));
		mvc.perform(json(post("/api/cases/{id}/close", id), SUPERVISOR, "{\"reason\": \"Done\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.outcome").exists());
		mvc.perform(json(post("/api/cases/{id}/close", id), SOUTH_SUPERVISOR,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"Done\"}")).andExpect(status().isNotFound());
		mvc.perform(json(post("/api/cases/{id}/close", id), SUPERVISOR,
				"{\"outcome\": \"NO_FURTHER_ACTION\", \"reason\": \"Nothing more to do\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(get("/api/cases/{id}/closure-requests", id).with(CASEWORKER))
			.andExpect(jsonPath("$.requests[0].requestedBy").value("supervisor"))
			.andExpect(jsonPath("$.requests[0].decidedBy").value("supervisor"))
			.andExpect(jsonPath("$.outcome").value("NO_FURTHER_ACTION"));
		mvc.perform(json(post("/api/cases/{id}/close", id), SUPERVISOR,
				"{\"outcome\": \"RESOLVED\", \"reason\": \"Again\"}")).andExpect(status().isConflict());
	}

	@Test
	void aCaseClosedBeforeApprovalsExistedShowsItsPanelWithoutAnOutcome() throws Exception {
		String id = open("CLA-4");
		// As the old close route left it: closed, with no request and no outcome.
		jdbc.sql("update cases.case_file set status = 'CLOSED', closed_at = now() where id = :id")
			.param("id", java.util.UUID.fromString(id)).update();
		mvc.perform(get("/cases/{id}/diary", id).with(People.as("caseworker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("(no outcome recorded)")))
			.andExpect(content().string(not(containsString("id=\"incident-action\""))));
		mvc.perform(get("/cases/{id}", id).with(People.as("supervisor"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reopen-form\"")));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, RequestPostProcessor who,
			String body) {
		return request.with(who).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(json(post("/api/cases"), CASEWORKER,
				"{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"Closure\"}".formatted(clientCode)))
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}
}
