package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consent over HTTP: the bundle without police consent is a 409 with the contract body, a supervisor's override
 * releases one bundle, and withdrawing data consent erases the client's contact details.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class PoliceConsentIntegrationTests {

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final RequestPostProcessor SUPERVISOR = httpBasic("supervisor", "demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutPoliceConsentTheBundleIsA409WithTheContractBodyAndWithItA200() throws Exception {
		String id = open("PCW-1");

		String body = mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn().getResponse().getContentAsString();
		@SuppressWarnings("unchecked")
		Map<String, Object> json = JsonMapper.builder().build().readValue(body, Map.class);
		assertThat(json).containsEntry("error", "consent-required").containsEntry("consent", "police")
			.containsEntry("status", 409).containsOnlyKeys("status", "error", "consent", "message");

		consent(id, "police", true);
		mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER)).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_OCTET_STREAM));
		consent(id, "police", false);
		mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("consent-required"));
	}

	@Test
	void aSupervisorsOverrideReleasesOneBundleThenItIsA409Again() throws Exception {
		String id = open("PCW-2");

		mvc.perform(override(id, "{\"reason\": \"Police need it tonight: threat to life\"}").with(SUPERVISOR))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.reason").value("Police need it tonight: threat to life"));
		mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER)).andExpect(status().isOk());
		mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("consent-required")).andExpect(jsonPath("$.consent").value("police"));
		mvc.perform(get("/api/cases/{id}/audit", id).with(SUPERVISOR))
			.andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItems("POLICE_CONSENT_OVERRIDDEN",
					"POLICE_CONSENT_OVERRIDE_USED", "BUNDLE_EXPORTED")));
		mvc.perform(get("/cases/{id}", id).session(session("caseworker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Police consent overridden by supervisor")))
			.andExpect(content().string(containsString("Police need it tonight: threat to life")))
			.andExpect(content().string(containsString("used by caseworker")));
	}

	@Test
	void theOverrideNeedsASupervisorAndAReason() throws Exception {
		String id = open("PCW-3");

		mvc.perform(override(id, "{\"reason\": \"urgent\"}").with(CASEWORKER)).andExpect(status().isForbidden());
		mvc.perform(override(id, "{\"reason\": \"urgent\"}").with(httpBasic("coordinator", "demo")))
			.andExpect(status().isForbidden());
		for (String missing : new String[] { "{}", "{\"reason\": \"  \"}", "{\"reason\": null}" }) {
			mvc.perform(override(id, missing).with(SUPERVISOR)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.fields.reason").exists());
		}
		mvc.perform(override("00000000-0000-0000-0000-000000000000", "{\"reason\": \"urgent\"}").with(SUPERVISOR))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER)).andExpect(status().isConflict());
	}

	@Test
	void theEvidenceTabExplainsAMissingConsentAndASupervisorOverridesThroughIt() throws Exception {
		String id = open("PCW-4");

		mvc.perform(get("/cases/{id}/evidence", id).session(session("caseworker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("The police bundle is not available: the client has not given police consent.")))
			.andExpect(content().string(not(containsString("/cases/" + id + "/bundle\""))))
			.andExpect(content().string(not(containsString("id=\"override\""))));
		mvc.perform(get("/cases/{id}/bundle", id).session(session("caseworker"))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("The client has not given police consent")));

		mvc.perform(post("/cases/{id}/police-consent-override", id).session(session("supervisor")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("reason="))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("override-reason-error")));
		mvc.perform(post("/cases/{id}/police-consent-override", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("reason=urgent"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cases/{id}/police-consent-override", id).session(session("supervisor")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("reason=Officer+waiting"))
			.andExpect(status().isFound());
		mvc.perform(get("/cases/{id}/evidence", id).session(session("supervisor"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/cases/" + id + "/bundle\"")))
			.andExpect(content().string(containsString("stands for the next police bundle")));
		mvc.perform(get("/cases/{id}/bundle", id).session(session("supervisor"))).andExpect(status().isOk());
		mvc.perform(get("/cases/{id}/bundle", id).session(session("supervisor"))).andExpect(status().isConflict());
	}

	@Test
	void withdrawingDataConsentErasesTheContactDetailsButNotTheCase() throws Exception {
		var result = mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON).content("""
				{"clientCode": "PCW-5", "jurisdiction": "scotland", "summary": "Threats on X", "clientName": "Alex Client",
				 "clientContact": "alex@example.org", "safeContactNotes": "Do not phone after 6pm; partner reads post"}
				""")).andExpect(status().isCreated()).andReturn();
		String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		consent(id, "data", true);
		mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(jsonPath("$.client.name").value("Alex Client"));

		consent(id, "data", false);

		var row = jdbc.sql("""
				select count(*) from cases.client cl join cases.case_file c on c.client_id = cl.id
				where c.id = cast(:id as uuid) and cl.name is null and cl.contact is null and cl.safe_contact_notes is null
				""").param("id", id).query(Long.class).single();
		assertThat(row).isEqualTo(1);
		String after = mvc.perform(get("/api/cases/{id}", id).with(CASEWORKER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value("Threats on X")).andExpect(jsonPath("$.client.code").value("PCW-5"))
			.andReturn().getResponse().getContentAsString();
		assertThat(after).doesNotContain("Alex Client", "alex@example.org", "partner reads post");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder override(String id, String json) {
		return post("/api/cases/{id}/police-consent-override", id).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private void consent(String id, String kind, boolean given) throws Exception {
		mvc.perform(post("/api/cases/{id}/consents", id).with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"%s\", \"given\": %s}".formatted(kind, given))).andExpect(status().isCreated());
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"Consent\"}".formatted(clientCode)))
			.andExpect(status().isCreated()).andReturn();
		String id = JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		mvc.perform(multipart("/api/cases/{id}/evidence", id).file(new MockMultipartFile("file", "a.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G' })).with(CASEWORKER)).andExpect(status().isCreated());
		return id;
	}

	private MockHttpSession session(String username) throws Exception {
		var login = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}
}
