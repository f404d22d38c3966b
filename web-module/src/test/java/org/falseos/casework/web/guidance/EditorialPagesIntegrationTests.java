package org.falseos.casework.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

// Its own context: these tests publish changes that other test classes must not see.
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "falseos.test.context=editorial-pages")
class EditorialPagesIntegrationTests {

	static final String ITEM = "scotland.police-station-in-person";

	static final RequestPostProcessor EDITOR = user("editor").roles("EDITOR");

	static final RequestPostProcessor SUPERVISOR = user("supervisor").roles("SUPERVISOR");

	@Autowired
	MockMvc mvc;

	@Test
	void aPublishedChangeAppearsOnThePublicPageAndInTheApi() throws Exception {
		int revision = draft("Visit any police station");

		mvc.perform(get("/guide/scotland/police-station-in-person"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Visit any police station"))));

		mvc.perform(post("/editorial/items/{id}/revisions/{n}/publish", ITEM, revision).param("comment", "ok")
				.with(SUPERVISOR).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/guide/scotland/police-station-in-person"))
			.andExpect(content().string(containsString("Visit any police station")));
		mvc.perform(get("/api/guidance/items/{id}", ITEM)).andExpect(jsonPath("$.title").value("Visit any police station"));
	}

	@Test
	void aRejectedChangeNeverAppears() throws Exception {
		int revision = draft("Wording the supervisor rejects");

		mvc.perform(post("/editorial/items/{id}/revisions/{n}/reject", ITEM, revision)
				.param("comment", "Not what the source says").with(SUPERVISOR).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/guide/scotland/police-station-in-person"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Wording the supervisor rejects"))));
		mvc.perform(get("/api/guidance/items/{id}", ITEM))
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not("Wording the supervisor rejects")));
	}

	@Test
	void onlyEditorsDraftAndOnlySupervisorsPublish() throws Exception {
		mvc.perform(get("/editorial/items/{id}/edit", ITEM).with(user("staff").roles("STAFF")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/editorial/items/{id}/edit", ITEM).with(SUPERVISOR)).andExpect(status().isForbidden());
		mvc.perform(get("/editorial/items/{id}/edit", ITEM).with(EDITOR)).andExpect(status().isOk());

		int revision = draft("Editors cannot publish this");
		mvc.perform(post("/editorial/items/{id}/revisions/{n}/publish", ITEM, revision).with(EDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/editorial/items/{id}/withdraw", ITEM).param("reason", "x").with(EDITOR).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/editorial/items/{id}/revisions/{n}/publish", ITEM, revision).with(SUPERVISOR))
			.andExpect(status().isForbidden());
		mvc.perform(get("/editorial")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aDraftWithErrorsIsRefusedWithTheMessageNextToTheField() throws Exception {
		var form = formFor(ITEM);
		form.set("title", "");
		form.set("body", "Go <script>alert(1)</script>");

		String page = mvc.perform(post("/editorial/items/{id}/drafts", ITEM).params(form).with(EDITOR).with(csrf()))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"title-error\"", "This field is required.", "id=\"body-error\"",
				"HTML is not allowed", "Go &lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void reviewingARevisionThatIsNotADraftIsAConflict() throws Exception {
		int revision = draft("Reviewed twice");
		mvc.perform(post("/editorial/items/{id}/revisions/{n}/reject", ITEM, revision).param("comment", "no")
				.with(SUPERVISOR).with(csrf()));

		mvc.perform(post("/editorial/items/{id}/revisions/{n}/publish", ITEM, revision).with(SUPERVISOR).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("not an open draft")));
		mvc.perform(get("/editorial/items/{id}/revisions/{n}", ITEM, 999).with(SUPERVISOR))
			.andExpect(status().isNotFound());
	}

	private int draft(String title) throws Exception {
		var form = formFor(ITEM);
		form.set("title", title);
		String location = mvc.perform(post("/editorial/items/{id}/drafts", ITEM).params(form).with(EDITOR).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
	}

	private LinkedMultiValueMap<String, String> formFor(String id) throws Exception {
		String page = mvc.perform(get("/editorial/items/{id}/edit", id).with(EDITOR)).andReturn().getResponse()
			.getContentAsString();
		var form = new LinkedMultiValueMap<String, String>();
		var document = org.jsoup.Jsoup.parse(page);
		for (var field : document.select("form.draft-form input[name], form.draft-form textarea[name]")) {
			if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
				continue;
			}
			form.add(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
		}
		form.remove("_csrf");
		return form;
	}
}
