package org.falseos.casework.web.search;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.RebuildStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Only administrators see the search index page and start a rebuild, whose progress the page shows. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchAdministrationIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	GuidanceSearch search;

	@Autowired
	Guidance guidance;

	MockMvc mvc;

	@BeforeEach
	void mvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void anAdministratorRebuildsTheIndexAndSeesItsProgress() throws Exception {
		int published = guidance.allPublished().size();

		mvc.perform(post("/admin/search/rebuild").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/search"));

		await().until(() -> search.rebuildStatus().state() == RebuildStatus.State.DONE);
		mvc.perform(get("/admin/search").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Done: " + published + " of " + published + " indexed")));
	}

	@Test
	void otherStaffCannotSeeOrRebuildTheIndex() throws Exception {
		mvc.perform(get("/admin/search").with(user("casey").roles("CASEWORKER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/search/rebuild").with(user("casey").roles("CASEWORKER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/admin/search")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRebuildNeedsTheFormsCsrfToken() throws Exception {
		mvc.perform(post("/admin/search/rebuild").with(user("admin").roles("ADMIN")))
			.andExpect(status().isForbidden());
	}
}
