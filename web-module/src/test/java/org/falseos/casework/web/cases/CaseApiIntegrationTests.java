package org.falseos.casework.web.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseApiIntegrationTests {

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final RequestPostProcessor OTHER_TEAM = httpBasic("caseworker2", "demo");

	@Autowired
	MockMvc mvc;

	@Test
	void aCaseworkerOpensACaseAndRecordsItsPaperTrail() throws Exception {
		String id = open("NC-API-1");

		record(id, "incidents", """
				{"occurredAt": "2026-11-20T21:30:00Z", "description": "Threat posted under my photo", "platform": "X",
				 "url": "https://x.com/troll_99/status/1"}""").andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty());
		record(id, "identifiers", """
				{"kind": "handle", "platform": "X", "value": "@Troll_99"}""").andExpect(status().isCreated());
		record(id, "reference-numbers", """
				{"agency": "Police Scotland", "number": "PS-20261120-0042", "obtainedOn": "2026-11-21"}""")
			.andExpect(status().isCreated());
		record(id, "consents", """
				{"kind": "linking", "given": true}""").andExpect(status().isCreated());
		record(id, "escalation", """
				{"rung": 1, "note": "Reported on 101, reference obtained"}""")
			.andExpect(status().isOk()).andExpect(jsonPath("$.ladder.nextRung").value(2));

		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.client.code").value("NC-API-1"))
			.andExpect(jsonPath("$.client.id").isString())
			.andExpect(jsonPath("$.referenceNumbers[0].number").value("PS-20261120-0042"))
			.andExpect(jsonPath("$.identifiers[0].value").value("@Troll_99"))
			.andExpect(jsonPath("$.rung").value(1))
			.andExpect(jsonPath("$.courseOfConduct.incidents").value(1));
		mvc.perform(get("/api/cases").with(CASEWORKER)).andExpect(jsonPath("$[*].clientCode", hasItem("NC-API-1")));
	}

	@Test
	void anotherTeamsCaseIsA404AndOtherRolesA403() throws Exception {
		String id = open("NC-API-2");

		mvc.perform(get("/api/cases/{id}", id).with(OTHER_TEAM)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		record(id, "incidents", "{\"occurredAt\": \"2026-11-20T21:30:00Z\", \"description\": \"x\"}", OTHER_TEAM)
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}", id).with(httpBasic("supervisor", "demo"))).andExpect(status().isOk());
		mvc.perform(get("/api/cases/{id}", id).with(httpBasic("coordinator", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{id}", "not-a-uuid").with(CASEWORKER)).andExpect(status().isNotFound());
	}

	@Test
	void validationErrorsNameEachField() throws Exception {
		mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientCode\": \"\", \"jurisdiction\": \"scotland\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.clientCode").isNotEmpty())
			.andExpect(jsonPath("$.fields.summary").value("This field is required."));
		String id = open("NC-API-3");
		record(id, "incidents", "{\"occurredAt\": \"last tuesday\", \"description\": \"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.occurredAt").exists());
		record(id, "incidents", "{\"occurredAt\": \"2026-11-20T21:30:00Z\", \"url\": \"javascript:alert(1)\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.description").exists())
			.andExpect(jsonPath("$.fields.url").exists());
		record(id, "identifiers", "{\"kind\": \"carrier pigeon\", \"value\": \"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.kind").exists());
		record(id, "escalation", "{\"rung\": 12, \"note\": \"x\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.rung").value(containsString("1 to 8")));
		record(id, "consents", "{\"kind\": \"linking\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.given").exists());
		record(id, "incidents", "{not json").andExpect(status().isBadRequest());
	}

	@Test
	void aMoveFromARungTheCaseHasLeftIsA409SayingWhereItIsNow() throws Exception {
		String id = open("NC-API-STALE");
		record(id, "escalation", "{\"rung\": 2, \"fromRung\": 0, \"note\": \"First\"}").andExpect(status().isOk());

		record(id, "escalation", "{\"rung\": 1, \"fromRung\": 0, \"note\": \"Second, from what I saw\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.message").value(
					"Someone moved this case to rung 2 while you were looking; check and try again."));
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(jsonPath("$.rung").value(2))
			.andExpect(jsonPath("$.escalations.length()").value(1));
	}

	@Test
	void aDuplicateReferenceNumberIsRefusedWithAClearMessage() throws Exception {
		String id = open("NC-API-4");
		record(id, "reference-numbers", "{\"agency\": \"Police Scotland\", \"number\": \"PS-1\"}").andExpect(status().isCreated());

		record(id, "reference-numbers", "{\"agency\": \"Police Scotland\", \"number\": \"ps 1\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("already has Police Scotland reference")));
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"clientCode": "%s", "jurisdiction": "scotland", "summary": "Threats and a fake account",
						 "harmTypes": ["threats", "impersonation"], "perpetratorCountry": "united-states"}""".formatted(clientCode)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/cases/")))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private ResultActions record(String id, String collection, String json) throws Exception {
		return record(id, collection, json, CASEWORKER);
	}

	private ResultActions record(String id, String collection, String json,
			RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/cases/{id}/" + collection, id).with(who).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
