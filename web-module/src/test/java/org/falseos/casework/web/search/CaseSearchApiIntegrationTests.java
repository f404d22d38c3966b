package org.falseos.casework.web.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/search/cases finds only the cases of the caller's teams, by words or by reference number. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseSearchApiIntegrationTests {

	static final RequestPostProcessor NORTH = httpBasic("caseworker", "demo");

	static final RequestPostProcessor SOUTH = httpBasic("caseworker2", "demo");

	static final RequestPostProcessor NORTH_SUPERVISOR = httpBasic("supervisor", "demo");

	@Autowired
	MockMvc mvc;

	@Test
	void anotherTeamsCaseNeverAppears() throws Exception {
		String word = "kakapotroll" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String north = open(NORTH, "NS-" + word, "Abuse from a " + word);
		String south = open(SOUTH, "SS-" + word, "Threats from a " + word);
		await().atMost(Duration.ofSeconds(20)).until(() -> ids(NORTH, word).contains(north)
				&& ids(SOUTH, word).contains(south));

		mvc.perform(get("/api/search/cases").param("q", word).with(NORTH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.results[0].id").value(north))
			.andExpect(jsonPath("$.results[0].clientCode").value("NS-" + word))
			.andExpect(jsonPath("$.results[0].team").value("North"))
			.andExpect(jsonPath("$.results[0].summary").value("Abuse from a " + word))
			.andExpect(jsonPath("$.results[0].snippet", containsString("<mark>" + word + "</mark>")))
			.andExpect(jsonPath("$.results[0].url").value("/cases/" + north));
		mvc.perform(get("/api/search/cases").param("q", word).with(SOUTH))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.results[*].team", everyItem(org.hamcrest.Matchers.is("South"))))
			.andExpect(jsonPath("$.results[*].id", not(hasItem(north))));
		mvc.perform(get("/api/search/cases").param("q", word).with(NORTH_SUPERVISOR))
			.andExpect(jsonPath("$.results[*].id", hasItem(north)))
			.andExpect(jsonPath("$.results[*].id", not(hasItem(south))));
	}

	@Test
	void referenceNumberIsFoundHoweverTypedButNotByAnotherTeam() throws Exception {
		int digits = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		String id = open(NORTH, "RN-" + digits, "Harassment with a reference");
		mvc.perform(post("/api/cases/{id}/reference-numbers", id).with(NORTH).contentType(MediaType.APPLICATION_JSON)
				.content("{\"agency\": \"Police Scotland\", \"number\": \"PS-" + digits + "\"}"))
			.andExpect(status().isCreated());
		String typed = "ps-" + String.valueOf(digits).substring(0, 4) + " " + String.valueOf(digits).substring(4);

		await().atMost(Duration.ofSeconds(20)).until(() -> ids(NORTH, typed).contains(id));
		mvc.perform(get("/api/search/cases").param("q", typed).with(SOUTH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[*].id", not(hasItem(id))));
	}

	@Test
	void otherRolesAreRefusedAndBadTextIsA400() throws Exception {
		mvc.perform(get("/api/search/cases").param("q", "threats").with(httpBasic("coordinator", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/search/cases").param("q", "threats")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/search/cases").param("q", " ").with(NORTH))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("Enter some words")));
		mvc.perform(get("/api/search/cases").with(NORTH)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/search/cases").param("q", "x".repeat(201)).with(NORTH))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("200 characters")));
	}

	private String open(RequestPostProcessor who, String code, String summary) throws Exception {
		var result = mvc.perform(post("/api/cases").with(who).contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"%s\"}".formatted(code,
						summary)))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private List<String> ids(RequestPostProcessor who, String q) throws Exception {
		String json = mvc.perform(get("/api/search/cases").param("q", q).with(who)).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.results[*].id");
	}
}
