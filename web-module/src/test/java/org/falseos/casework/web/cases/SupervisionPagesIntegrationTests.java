package org.falseos.casework.web.cases;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The supervision tab's forms as a lead (North and South) and North's supervisor use them, and as a caseworker reads it. */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class SupervisionPagesIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Test
	void onlyASupervisorOfAnotherTeamTooIsOfferedTheMoveAndACaseworkerOnlyReads() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("SVP-1", "scotland", "Threats"));

		mvc.perform(get("/cases/{id}/supervision", id).session(session("lead"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"move-form\""), containsString("id=\"reassign-form\""),
					containsString("Team South"), containsString("Sam South (demo)"))));
		mvc.perform(get("/cases/{id}/supervision", id).session(session("supervisor"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"move-form\"")),
					containsString("id=\"note-form\""), containsString("Nia North (demo)"))));
		mvc.perform(get("/cases/{id}/supervision", id).session(session("caseworker"))).andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"reassign-form\"")),
					not(containsString("id=\"note-form\"")), containsString("The case has not been reassigned."))));
	}

	@Test
	void aRefusedMoveKeepsTheChoicesAndNamesTheFieldAndARightOneRedirectsWithAConfirmation() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("SVP-2", "scotland", "Threats"));

		mvc.perform(post("/cases/{id}/supervision/team", id).session(session("lead")).with(csrf())
				.param("moveTeam", "South").param("moveCaseworker", "caseworker4").param("moveReason", "Moved house"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#moveCaseworker\""),
					containsString("caseworker4 does not work in team South."), containsString("Moved house"))));

		CaseId second = cases.open(NORTH, NewCase.of("SVP-2", "scotland", "The same client again"));
		mvc.perform(post("/cases/{id}/supervision/team", second).session(session("lead")).with(csrf())
				.param("moveTeam", "South").param("moveCaseworker", "caseworker2"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("has 1 other case in team North")));

		CaseId alone = cases.open(NORTH, NewCase.of("SVP-3", "scotland", "Threats"));
		mvc.perform(post("/cases/{id}/supervision/team", alone).session(session("lead")).with(csrf())
				.param("moveTeam", "South").param("moveCaseworker", "caseworker2").param("moveReason", "Moved house"))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + alone + "/supervision"))
			.andExpect(flash().attribute("confirmation", "Case moved to team South and given to Sam South (demo)"));
		mvc.perform(get("/cases/{id}", alone).session(session("caseworker"))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/{id}", alone).session(session("caseworker2"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam South (demo), team South")));
	}

	@Test
	void aReviewDateMustBeWholeAndRealAndTheReviewCanBeMarkedDone() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("SVP-4", "scotland", "Threats"));

		mvc.perform(post("/cases/{id}/supervision/notes", id).session(session("supervisor")).with(csrf())
				.param("note", "Call the client").param("reviewBy-day", "31").param("reviewBy-month", "2")
				.param("reviewBy-year", "2030"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#reviewBy\""), containsString("a real date"),
					containsString("Call the client"))));
		mvc.perform(post("/cases/{id}/supervision/notes", id).session(session("supervisor")).with(csrf())
				.param("note", "Call the client").param("reviewBy-month", "2").param("reviewBy-year", "2030"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("a day, month and year")));
		mvc.perform(post("/cases/{id}/supervision/notes", id).session(session("supervisor")).with(csrf())
				.param("note", "Call the client").param("reviewBy-day", "1").param("reviewBy-month", "2")
				.param("reviewBy-year", "2030"))
			.andExpect(status().isFound());
		mvc.perform(get("/cases/{id}", id).session(session("caseworker")))
			.andExpect(content().string(allOf(containsString("Review by <strong>1 February 2030</strong>"),
					containsString("Call the client"))));

		mvc.perform(post("/cases/{id}/supervision/notes", id).session(session("supervisor")).with(csrf())
				.param("note", "Reviewed with Casey").param("reviewDone", "true"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("confirmation", "Note added and review marked as done"));
		mvc.perform(get("/cases/{id}/supervision", id).session(session("caseworker")))
			.andExpect(content().string(allOf(containsString("No review date is set."),
					containsString("Reviewed with Casey"), containsString("review by 1 February 2030"))));
	}

	private MockHttpSession session(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
			.getRequest().getSession(false);
	}
}
