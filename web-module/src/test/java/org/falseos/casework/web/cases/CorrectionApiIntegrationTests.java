package org.falseos.casework.web.cases;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each corrections contract route: 200 and the new entry, 400 naming reason, 404 for another team, 409 twice. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CorrectionApiIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final RequestPostProcessor OTHER_TEAM = httpBasic("caseworker2", "demo");

	static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Test
	void aReferenceNumberIsCorrectedWithAReasonOnceAndOnlyByItsTeam() throws Exception {
		CaseId id = open();
		UUID ref = cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police ScotlandNCSC", "PS-20261120-0042"));
		String path = "/api/cases/" + id + "/reference-numbers/" + ref + "/correction";
		String body = """
				{"agency": "police scotland", "number": "PS-20261120-0042", "obtainedOn": "2026-11-20",
				 "officer": "PC 4471", "contactRoute": "101", "notes": "Given on the phone", "reason": %s}""";

		send(post(path), body.formatted("null"), CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(post(path), body.formatted("\"Agency mistyped\""), OTHER_TEAM).andExpect(status().isNotFound());
		send(post(path), body.formatted("\"Agency mistyped\""), CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.agency").value("Police Scotland"))
			.andExpect(jsonPath("$.number").value("PS-20261120-0042"))
			.andExpect(jsonPath("$.officer").value("PC 4471"))
			.andExpect(jsonPath("$.recordedBy").value("caseworker"));
		send(post(path), body.formatted("\"Again\""), CASEWORKER).andExpect(status().isConflict());
		send(post("/api/cases/" + id + "/reference-numbers/" + UUID.randomUUID() + "/correction"),
				body.formatted("\"Unknown\""), CASEWORKER).andExpect(status().isNotFound());

		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.referenceNumbers.length()").value(1))
			.andExpect(jsonPath("$.referenceNumbers[0].agency").value("Police Scotland"))
			.andExpect(jsonPath("$.history.referenceNumbers[0].entry.agency").value("Police ScotlandNCSC"))
			.andExpect(jsonPath("$.history.referenceNumbers[0].retraction.reason").value("Agency mistyped"))
			.andExpect(jsonPath("$.history.referenceNumbers[0].retraction.retractedBy").value("caseworker"))
			.andExpect(jsonPath("$.history.referenceNumbers[0].retraction.retractedAt").isString());
	}

	@Test
	void aReferenceNumberIsWithdrawnOnce() throws Exception {
		CaseId id = open();
		UUID ref = cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police Scotland", "PS-OTHER"));
		withdrawalContract("/api/cases/" + id + "/reference-numbers/" + ref + "/withdrawal", ref);
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER))
			.andExpect(jsonPath("$.referenceNumbers.length()").value(0))
			.andExpect(jsonPath("$.history.referenceNumbers[0].retraction.replacedBy").value(nullValue()));
	}

	@Test
	void anIdentifierIsCorrectedAndAnotherWithdrawn() throws Exception {
		CaseId id = open();
		UUID wrong = cases.recordIdentifier(NORTH, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@troll9"));
		UUID friend = cases.recordIdentifier(NORTH, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@friend"));
		String path = "/api/cases/" + id + "/identifiers/" + wrong + "/correction";
		String body = "{\"kind\": \"handle\", \"platform\": \"X\", \"value\": \"@troll_99\", \"reason\": %s}";

		send(post(path), body.formatted("\" \""), CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(post(path), body.formatted("\"Missed the digits\""), OTHER_TEAM).andExpect(status().isNotFound());
		send(post(path), body.formatted("\"Missed the digits\""), CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.value").value("@troll_99")).andExpect(jsonPath("$.kind").value("HANDLE"));
		send(post(path), body.formatted("\"Again\""), CASEWORKER).andExpect(status().isConflict());

		withdrawalContract("/api/cases/" + id + "/identifiers/" + friend + "/withdrawal", friend);
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER))
			.andExpect(jsonPath("$.identifiers.length()").value(1))
			.andExpect(jsonPath("$.identifiers[0].value").value("@troll_99"))
			.andExpect(jsonPath("$.history.identifiers.length()").value(2));
	}

	@Test
	void theOffencesToNameAreChangedWithAReason() throws Exception {
		CaseId id = open();
		String path = "/api/cases/" + id + "/offences";
		String body = """
				{"offences": [{"offenceId": "scotland.offence-stalking", "reason": "Repeated contact"}], "reason": %s}""";

		send(put(path), body.formatted("null"), CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(put(path), body.formatted("\"After the review\""), OTHER_TEAM).andExpect(status().isNotFound());
		send(put(path), "{\"offences\": [{\"offenceId\": \"scotland.ico\"}], \"reason\": \"x\"}", CASEWORKER)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.offences").isString());
		send(put(path), body.formatted("\"After the review\""), CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.offences.length()").value(1))
			.andExpect(jsonPath("$.offences[0].offenceId").value("scotland.offence-stalking"))
			.andExpect(jsonPath("$.offences[0].reason").value("Repeated contact"));
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER))
			.andExpect(jsonPath("$.history.offences[0].reason").value("After the review"));
	}

	@Test
	void clientDetailsAndTasksAreCorrectedAndATaskWithdrawnOnce() throws Exception {
		CaseId id = open();
		UUID task = cases.addTask(NORTH, id, "Cal the officer", LocalDate.now().plusDays(2));
		UUID other = cases.addTask(NORTH, id, "Chase the platform", null);
		String client = "/api/cases/" + id + "/client/correction";
		String clientBody = """
				{"name": "Jane Doe", "contact": "07700 900456", "safeContactNotes": "Do not phone after 6pm",
				 "doxxedAddress": true, "swattingRisk": false, "reason": %s}""";
		send(post(client), clientBody.formatted("null"), CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(post(client), clientBody.formatted("\"New phone\""), OTHER_TEAM).andExpect(status().isNotFound());
		send(post(client), clientBody.formatted("\"New phone\""), CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.contact").value("07700 900456"))
			.andExpect(jsonPath("$.safeContactNotes").value("Do not phone after 6pm"))
			.andExpect(jsonPath("$.doxxedAddress").value(true));

		String correction = "/api/cases/" + id + "/tasks/" + task + "/correction";
		String taskBody = "{\"title\": \"Call the officer\", \"dueOn\": \"" + LocalDate.now().plusDays(3)
				+ "\", \"reason\": %s}";
		send(post(correction), taskBody.formatted("\"\""), CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(post(correction), taskBody.formatted("\"Typo\""), OTHER_TEAM).andExpect(status().isNotFound());
		send(post(correction), taskBody.formatted("\"Typo\""), CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Call the officer"));
		send(post(correction), taskBody.formatted("\"Again\""), CASEWORKER).andExpect(status().isConflict());

		withdrawalContract("/api/cases/" + id + "/tasks/" + other + "/withdrawal", other);
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER))
			.andExpect(jsonPath("$.tasks.length()").value(1))
			.andExpect(jsonPath("$.history.tasks.length()").value(2))
			.andExpect(jsonPath("$.history.clientDetails.length()").value(1))
			.andExpect(jsonPath("$.history.clientDetails[0].reason").value("New phone"));
	}

	private void withdrawalContract(String path, UUID entry) throws Exception {
		send(post(path), "{}", CASEWORKER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.reason").isString());
		send(post(path), "{\"reason\": \"Not this case's\"}", OTHER_TEAM).andExpect(status().isNotFound());
		send(post(path), "{\"reason\": \"Not this case's\"}", CASEWORKER).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(entry.toString()))
			.andExpect(jsonPath("$.status").value("withdrawn"));
		send(post(path), "{\"reason\": \"Again\"}", CASEWORKER).andExpect(status().isConflict());
	}

	private CaseId open() {
		return cases.open(NORTH, NewCase.of("CORR-API-" + counter.incrementAndGet(), "scotland", "Threats on X"));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String json, RequestPostProcessor who)
			throws Exception {
		return mvc.perform(request.with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
