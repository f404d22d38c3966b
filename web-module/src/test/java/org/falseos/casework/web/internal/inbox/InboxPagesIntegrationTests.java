package org.falseos.casework.web.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.falseos.casework.web.People;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /inbox}, its JSON and the header's count: each person sees and changes only their own notifications. */
@InboxTest
class InboxPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theInboxListsOwnNotificationsNewestFirstWithUnreadMarkedAndTheHeaderCountsThem() throws Exception {
		UUID older = notify("staff", "Older news");
		UUID newer = notify("staff", "Newer news");
		notify("editor", "Someone else's news");

		Document inbox = page("/inbox", "staff");

		assertThat(inbox.select("#notifications li a").eachText()).containsSubsequence("Newer news", "Older news")
			.doesNotContain("Someone else's news");
		assertThat(inbox.select("#notifications li.inbox-item--unread .inbox-unread-tag").eachText()).contains("Unread");
		assertThat(inbox.select("#nav-inbox").text()).isEqualTo("Inbox (" + unread("staff") + " unread notifications)");
		assertThat(inbox.select("#inbox-count").text()).isEqualTo(String.valueOf(unread("staff")));
		assertThat(inbox.select("form[action=/inbox/" + newer + "/read] button").text()).startsWith("Mark as read");
		assertThat(read(older)).isFalse();
		// Valid HTML: a machine-readable time has at most three fractional digits (here none).
		assertThat(inbox.select("#notifications time").eachAttr("datetime"))
			.allSatisfy(at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
	}

	@Test
	void markingOneReadChangesThatOneAndSomeoneElsesIsNotFound() throws Exception {
		UUID mine = notify("staff", "Mine to read");
		UUID theirs = notify("editor", "Not yours");

		mvc.perform(post("/inbox/" + mine + "/read").with(People.as("staff")).with(csrf()))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/inbox"))
			.andExpect(flash().attribute("confirmation", "Notification marked as read"));
		mvc.perform(post("/inbox/" + theirs + "/read").with(People.as("staff")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/inbox/" + theirs + "/read").with(People.as("staff")))
			.andExpect(status().isNotFound());

		assertThat(read(mine)).isTrue();
		assertThat(read(theirs)).isFalse();
		assertThat(page("/inbox", "staff").select("form[action=/inbox/" + mine + "/read]")).isEmpty();
	}

	@Test
	void markAllAsReadEmptiesTheCountAndLeavesOthersAlone() throws Exception {
		notify("coordinator", "One");
		notify("coordinator", "Two");
		UUID theirs = notify("editor", "Still unread");

		mvc.perform(post("/inbox/read-all").with(People.as("coordinator")).with(csrf()))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/inbox"));

		assertThat(unread("coordinator")).isZero();
		assertThat(read(theirs)).isFalse();
		Document home = page("/home", "coordinator");
		assertThat(home.select("#nav-inbox").text()).isEqualTo("Inbox");
		assertThat(home.select("#inbox-count")).isEmpty();
	}

	@Test
	void theJsonListsAndMarksOwnNotifications() throws Exception {
		UUID mine = notify("admin", "For the API");

		mvc.perform(get("/api/inbox").with(People.as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(unread("admin")))
			.andExpect(jsonPath("$.notifications[*].id", hasItem(mine.toString())))
			.andExpect(jsonPath("$.notifications[?(@.id == '" + mine + "')].text", hasItem("For the API")))
			.andExpect(jsonPath("$.notifications[?(@.id == '" + mine + "')].kind", hasItem("SUPERVISION_NOTE")));
		mvc.perform(post("/api/inbox/" + mine + "/read").with(People.as("admin"))).andExpect(status().isNoContent());
		mvc.perform(post("/api/inbox/not-an-id/read").with(People.as("admin"))).andExpect(status().isNotFound());

		assertThat(read(mine)).isTrue();
	}

	@Test
	void administratorsSeeWhereEachDigestGoes() throws Exception {
		jdbc.sql("update web.account set email = 'editor@example.org' where username = 'editor'").update();
		jdbc.sql("update web.account set email = null where username = 'staff'").update();

		Document accounts = page("/admin/accounts", "admin");

		assertThat(accounts.select("#accounts tr:has(td:eq(0):matchesOwn(^editor$)) td").last().text())
			.isEqualTo("editor@example.org");
		assertThat(accounts.select("#accounts tr:has(td:eq(0):matchesOwn(^staff$)) td").last().text()).isEqualTo("none");
	}

	@Test
	void aVisitorSeesNoInboxInTheHeader() throws Exception {
		String body = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(Jsoup.parse(body).select("#nav-inbox")).isEmpty();
	}

	private UUID notify(String recipient, String text) {
		String key = "test:" + UUID.randomUUID();
		notifications.add(recipient, NotificationKind.SUPERVISION_NOTE, null, text, "/home", key);
		return jdbc.sql("select id from web.notification where dedup_key = ?").param(key).query(UUID.class).single();
	}

	private int unread(String recipient) {
		return notifications.unreadCount(recipient);
	}

	private boolean read(UUID id) {
		return jdbc.sql("select read_at is not null from web.notification where id = ?").param(id)
			.query(Boolean.class).single();
	}

	private Document page(String path, String username) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(People.as(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}
}
