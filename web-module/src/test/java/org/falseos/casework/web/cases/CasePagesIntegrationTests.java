package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.NewCase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case page's tabs and forms through the web layer: post-redirect-get with a confirmation, refused forms that
 * keep what was typed, dates read in the configured time zone (here New York, to tell it from UTC and London),
 * and the activity tab's collapsed views.
 */
@SpringBootTest(properties = { "falseos.demo-mode=true", "falseos.time-zone=America/New_York" })
@AutoConfigureMockMvc
class CasePagesIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	final Map<String, MockHttpSession> sessions = new HashMap<>();

	@Test
	void aRefusedIntakeKeepsTickedHarmsCountryRiskFlagsAndText() throws Exception {
		String html = mvc.perform(post("/cases").session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("clientCode=x&summary=Threats&harmTypes=threats&harmTypes=doxxing"
						+ "&perpetratorCountry=canada&swattingRisk=true&safeContactNotes=Not+after+6pm"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#error-summary a[href=#clientCode]")).hasSize(1);
		assertThat(page.select("input[name=harmTypes][checked]").eachAttr("value")).containsExactly("threats", "doxxing");
		assertThat(page.select("#perpetratorCountry option[selected]").attr("value")).isEqualTo("canada");
		assertThat(page.select("#swattingRisk").hasAttr("checked")).isTrue();
		assertThat(page.select("#doxxedAddress").hasAttr("checked")).isFalse();
		assertThat(page.select("#safeContactNotes").text()).isEqualTo("Not after 6pm");
		assertThat(page.select("#summary").text()).isEqualTo("Threats");
	}

	@Test
	void anIncidentIsReadInTheConfiguredZoneStoredInUtcAndConfirmedOnTheDiary() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-1", "scotland", "Threats"));
		mvc.perform(post("/cases/{id}/incidents", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("occurredAt=2026-11-20T21:30&description=Threat+by+DM&platform=X"))
			.andExpect(status().isFound()).andExpect(redirectedUrl("/cases/" + id + "/diary"))
			.andExpect(flash().attribute("confirmation", "Incident added"));

		assertThat(cases.read(NORTH, id).incidents().getFirst().occurredAt())
			.isEqualTo(Instant.parse("2026-11-21T02:30:00Z"));
		Document diary = page("/cases/" + id + "/diary", "caseworker");
		assertThat(diary.select("#incidents tbody tr").text()).contains("20 Nov 2026, 21:30", "Threat by DM");
		assertThat(diary.select("#incidents time").attr("datetime")).isEqualTo("2026-11-21T02:30:00Z");
	}

	@Test
	void aRefusedIncidentComesBackWithEverythingTypedAndTheFormOpen() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-2", "scotland", "Threats"));
		String html = mvc.perform(post("/cases/{id}/incidents", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("occurredAt=&description=Threat+by+DM&platform=X&url=https%3A%2F%2Fx.com%2Fa"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#incident-action").hasAttr("open")).isTrue();
		assertThat(page.select("#occurredAt-error").text()).contains("Give the date and time it happened.");
		assertThat(page.select("#description").text()).isEqualTo("Threat by DM");
		assertThat(page.select("#platform").attr("value")).isEqualTo("X");
		assertThat(page.select("#url").attr("value")).isEqualTo("https://x.com/a");
	}

	@Test
	void aRefusedEscalationKeepsItsNoteAndAStandingOneRedirectsToTheLadder() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-3", "scotland", "Threats"));
		String html = mvc.perform(post("/cases/{id}/escalation", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("rung=99&fromRung=0&note=Rang+101"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#rung-error").text()).contains("Choose a rung");
		assertThat(page.select("#note").text()).isEqualTo("Rang 101");

		mvc.perform(post("/cases/{id}/escalation", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("rung=3&fromRung=0&note=Rang+101"))
			.andExpect(redirectedUrl("/cases/" + id + "/ladder"))
			.andExpect(flash().attribute("confirmation", "Moved to rung 3"));
	}

	@Test
	void aMoveFromARungSomeoneElseHasLeftShowsWhereTheCaseIsNowAndChangesNothing() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-STALE", "scotland", "Two people, one case"));
		Document before = page("/cases/" + id + "/ladder", "caseworker");
		assertThat(before.select("#escalation-form input[name=fromRung]").attr("value")).isEqualTo("0");
		cases.escalate(NORTH, id, 0, 2, "Moved by someone else meanwhile");

		String html = mvc.perform(post("/cases/{id}/escalation", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("rung=1&fromRung=0&note=Reported+on+101"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

		Document page = Jsoup.parse(html);
		assertThat(page.select("#error-summary").text())
			.contains("Someone moved this case to rung 2 while you were looking; check and try again");
		assertThat(page.select("#escalation-form input[name=fromRung]").attr("value")).isEqualTo("2");
		assertThat(page.select("#note").text()).isEqualTo("Reported on 101");
		assertThat(page.select("#ladder-history li")).hasSize(1);
		assertThat(cases.read(NORTH, id).rung()).isEqualTo(2);
	}

	@Test
	void aRefusedTaskKeepsItsDueDateAndAnOverdueTaskIsTagged() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-4", "scotland", "Threats"));
		String html = mvc.perform(post("/cases/{id}/tasks", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=&dueOn=2026-11-25"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(html).select("#dueOn").attr("value")).isEqualTo("2026-11-25");

		mvc.perform(post("/cases/{id}/tasks", id).session(session("caseworker")).with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=Call+back&dueOn=2020-01-02"))
			.andExpect(redirectedUrl("/cases/" + id + "/tasks"))
			.andExpect(flash().attribute("confirmation", "Task added"));
		Document tasks = page("/cases/" + id + "/tasks", "caseworker");
		assertThat(tasks.select("#open-tasks tbody tr").text()).contains("Call back", "2 January 2020", "Overdue");
	}

	@Test
	void activityCollapsesAPersonsViewsOfADayAndNamesEvidenceByFileName() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("CPI-5", "scotland", "Threats"));
		var evidence = locker.add(NORTH, id, "threat.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).id();
		page("/cases/" + id, "supervisor");
		page("/cases/" + id + "/diary", "supervisor");
		page("/cases/" + id + "/ladder", "supervisor");

		Document activity = page("/cases/" + id + "/activity", "supervisor");
		String text = activity.select("#activity-lines").text();
		// Three tab views and the activity tab itself, on one line.
		assertThat(text).contains("Sue Pervisor (demo) viewed the case 4 times on ")
			.contains("Casey Worker (demo) added the evidence file threat.png")
			.contains("Casey Worker (demo) opened the case")
			.doesNotContain(evidence.toString());
		assertThat(activity.select("#activity-lines tbody tr").eachText().stream()
			.filter(line -> line.contains("Sue Pervisor (demo) viewed"))).hasSize(1);
		// The upload is in the audit trail and in the evidence list: one line.
		assertThat(activity.select("#activity-lines tbody tr").eachText().stream()
			.filter(line -> line.contains("added the evidence file threat.png"))).hasSize(1);

		// A caseworker sees the changes, the evidence added among them, but not the audit trail of views.
		Document mine = page("/cases/" + id + "/activity", "caseworker");
		assertThat(mine.select("#activity").text()).contains("Casey Worker (demo) added the evidence file threat.png")
			.doesNotContain("viewed the case");
	}

	@Test
	void theSummaryHeaderShowsSafeContactNotesOnEveryTab() throws Exception {
		CaseId id = cases.open(NORTH, new NewCase("CPI-6", "scotland", "Threats", "North", "Alex Client",
				"07700 900123", "Do not phone after 6pm; partner reads post", Set.of("threats"), null, true, false));
		for (String tab : new String[] { "", "/diary", "/references", "/ladder", "/tasks", "/activity" }) {
			Document page = page("/cases/" + id + tab, "caseworker");
			assertThat(page.select("#safe-contact-notes").text()).as(tab)
				.isEqualTo("Do not phone after 6pm; partner reads post");
			assertThat(page.select("#case-tabs a[aria-current=page]")).as(tab).hasSize(1);
			assertThat(page.select("#risk-flags").text()).as(tab).contains("Address published (doxxed)");
		}
	}

	private Document page(String path, String username) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).session(session(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private MockHttpSession session(String username) {
		return sessions.computeIfAbsent(username, name -> {
			try {
				var result = mvc.perform(formLogin("/login").user(name).password("demo")).andReturn();
				return (MockHttpSession) result.getRequest().getSession(false);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
