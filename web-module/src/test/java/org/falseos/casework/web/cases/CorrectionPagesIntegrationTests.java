package org.falseos.casework.web.cases;

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

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewReferenceNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The correction pages: a refusal comes back with a 4xx, the message and everything typed; a change redirects to
 * the case's section with the {@code confirmation} flash message.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CorrectionPagesIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	MockHttpSession session;

	CaseId id;

	@BeforeEach
	void signIn() throws Exception {
		session = (MockHttpSession) mvc.perform(formLogin("/login").user("caseworker").password("demo")).andReturn()
			.getRequest().getSession(false);
		id = cases.open(NORTH, new NewCase("CORR-PG-" + counter.incrementAndGet(), "scotland", "Threats on X", null,
				"Jane Doe", "07700 900123", "Not after 6pm", Set.of("stalking"), null, false, false));
	}

	@Test
	void anOtherAgencyMustBeNamedAndIsKeptWhenRefused() throws Exception {
		form("/cases/" + id + "/reference-numbers", "agency=other&otherAgency=&number=HA-77&officer=Ms+Reid")
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"otherAgency-error\"")))
			.andExpect(content().string(containsString("value=\"HA-77\"")))
			.andExpect(content().string(containsString("value=\"Ms Reid\"")));
		form("/cases/" + id + "/reference-numbers", "agency=other&otherAgency=Acme++Housing&number=HA-77")
			.andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + id + "/references"))
			.andExpect(flash().attribute("confirmation", "Reference number recorded"));
		mvc.perform(get("/cases/" + id + "/reference-numbers/new").session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"Police Scotland\">Police Scotland</option>")))
			.andExpect(content().string(containsString("Other (name it)")));
	}

	@Test
	void aWithdrawalNeedsAReasonAndThenConfirms() throws Exception {
		UUID ref = cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police Scotland", "PS-PG-1"));
		String path = "/cases/" + id + "/reference-numbers/" + ref + "/withdrawal";
		mvc.perform(get(path).session(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("PS-PG-1")));
		form(path, "reason=").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		form(path, "reason=Another+client%27s+number").andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + id + "/references"))
			.andExpect(flash().attribute("confirmation", "Reference number withdrawn"));
		form(path, "reason=Again").andExpect(status().isConflict())
			.andExpect(content().string(containsString("already withdrawn")));
	}

	@Test
	void clientDetailsOffencesAndTasksAreCorrectedOnTheirOwnPages() throws Exception {
		form("/cases/" + id + "/client", "name=Jane+Doe&contact=07700+900999&safeContactNotes=Partner+reads+post"
				+ "&doxxedAddress=true").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"07700 900999\"")))
			.andExpect(content().string(containsString("Partner reads post")));
		form("/cases/" + id + "/client", "name=Jane+Doe&contact=07700+900999&safeContactNotes=Partner+reads+post"
				+ "&doxxedAddress=true&reason=New+phone").andExpect(status().isFound())
			.andExpect(redirectedUrl("/cases/" + id + "#safe-contact"))
			.andExpect(flash().attribute("confirmation", "Client details corrected"));
		mvc.perform(get("/cases/" + id + "/client").session(session))
			.andExpect(content().string(containsString("07700 900123")))
			.andExpect(content().string(containsString("New phone")));

		form("/cases/" + id + "/offences", "offences=scotland.offence-threatening-abusive-behaviour")
			.andExpect(status().isBadRequest());
		form("/cases/" + id + "/offences", "offences=scotland.offence-threatening-abusive-behaviour&reason=Review")
			.andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + id + "#offences-heading"))
			.andExpect(flash().attribute("confirmation", "Offences to name changed"));

		UUID task = cases.addTask(NORTH, id, "Cal the officer", LocalDate.now().plusDays(2));
		form("/cases/" + id + "/tasks/" + task + "/correction", "title=Call+the+officer&reason=Typo")
			.andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + id + "/tasks"))
			.andExpect(flash().attribute("confirmation", "Task corrected"));
		UUID corrected = cases.read(NORTH, id).tasks().getFirst().id();
		mvc.perform(get("/cases/" + id + "/tasks/" + corrected + "/correction").session(session))
			.andExpect(content().string(containsString("Cal the officer")));
		form("/cases/" + id + "/tasks/" + corrected + "/withdrawal", "reason=Done+by+phone")
			.andExpect(status().isFound()).andExpect(flash().attribute("confirmation", "Task withdrawn"));
		mvc.perform(get("/cases/" + id).session(session)).andExpect(content().string(not(containsString("Call the officer"))));
	}

	private ResultActions form(String path, String body) throws Exception {
		return mvc.perform(post(path).session(session).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(body));
	}
}
