package org.falseos.casework.web.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.falseos.casework.web.linking.LinkedCases.SOUTH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.People;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /home} for every role: that role's section and no other, and a main navigation of exactly the sections
 * the role may use, checked against what the routes themselves answer. In the linking web tests' context, because
 * the caseworker's and coordinator's homes need linked cases.
 */
@LinkingWebTest
class RoleHomesIntegrationTests {

	static final List<String> SECTIONS = List.of("home-caseworker", "home-coordinator", "home-supervisor",
			"home-editor", "home-staff", "home-admin");

	static final Map<String, String> NAV = Map.of("nav-home", "/home", "nav-cases", "/cases", "nav-supervision",
			"/supervision", "nav-linking", "/linking", "nav-editorial", "/editorial", "nav-admin", "/admin", "nav-guides",
			"/guide");

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Test
	void aCaseworkerSeesTheirCasesDueTasksConsentRequestsAndRecentChanges() throws Exception {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		cases.addTask(NORTH, north, "Chase Police Scotland", LocalDate.now().minusDays(2));
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "X", "@home.troll");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "X", "@home.troll");
		linking.accept(LinkedCases.COORDINATOR, given.awaitSuggestion(north, south).id());
		String code = given.clientCode(NORTH, north);

		Document home = home(People.as("caseworker"));

		assertSections(home, "home-caseworker");
		assertThat(home.select("#my-cases a[href=\"/cases/" + north + "\"]").text()).isEqualTo(code);
		assertThat(home.select("#due-tasks li").text()).contains("Overdue:", "Chase Police Scotland", code);
		assertThat(home.select("#consent-requests a[href=\"/cases/" + north + "\"]").text()).isEqualTo("Client " + code);
		assertThat(home.select("#recent-changes li").eachText()).anySatisfy(
				line -> assertThat(line).startsWith("Perpetrator identifier on " + code + " by you"));
		assertThat(home.select("#my-cases, #due-tasks, #consent-requests").text()).as("another team's case")
			.doesNotContain(given.clientCode(SOUTH, south));
		assertThat(home.text()).doesNotContain("not part of this release");
	}

	@Test
	void eachRoleSeesItsOwnSectionAndNoOther() throws Exception {
		assertSections(home(People.as("coordinator")), "home-coordinator");
		assertSections(home(People.as("supervisor")), "home-supervisor", "home-editor");
		assertSections(home(People.as("editor")), "home-editor");
		assertSections(home(People.as("staff")), "home-staff");
		assertSections(home(People.as("admin")), "home-admin");
		assertThat(home(People.as("staff")).select("#guides a").eachAttr("href")).contains("/guide/scotland");
		assertThat(home(People.as("editor")).select("#editorial-link").attr("href")).isEqualTo("/editorial");
	}

	@Test
	void aPersonWithSeveralRolesSeesEachRolesSection() throws Exception {
		var both = person("cw-coordinator", Set.of(Role.CASEWORKER, Role.COORDINATOR), Set.of("North"));

		assertSections(home(both), "home-caseworker", "home-coordinator");
	}

	@Test
	void theNavigationShowsExactlyTheSectionsEachRoleMayOpen() throws Exception {
		for (String username : List.of("caseworker", "coordinator", "supervisor", "editor", "staff", "admin")) {
			var as = People.as(username);
			var shown = home(as).select("nav[aria-label=Main] a").eachAttr("id");
			for (var link : NAV.entrySet()) {
				int status = mvc.perform(get(link.getValue()).with(as)).andReturn().getResponse().getStatus();
				assertThat(shown.contains(link.getKey())).as(username + ": " + link.getKey() + " shown, and "
						+ link.getValue() + " answers " + status).isEqualTo(status == 200);
			}
		}
		var anonymous = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(anonymous.select("nav[aria-label=Main] a").eachAttr("id")).containsExactly("nav-guides");
	}

	@Test
	void theNavigationOfEachRoleIsTheListItShouldBe() throws Exception {
		assertNav("caseworker", "nav-home", "nav-cases", "nav-linking", "nav-guides");
		assertNav("coordinator", "nav-home", "nav-linking", "nav-guides");
		assertNav("supervisor", "nav-home", "nav-cases", "nav-supervision", "nav-linking", "nav-editorial", "nav-guides");
		assertNav("editor", "nav-home", "nav-editorial", "nav-guides");
		assertNav("staff", "nav-home", "nav-guides");
		assertNav("admin", "nav-home", "nav-admin", "nav-guides");
	}

	private void assertNav(String username, String... links) throws Exception {
		assertThat(home(People.as(username)).select("nav[aria-label=Main] a").eachAttr("id")).as(username)
			.containsExactly(links);
	}

	private static void assertSections(Document home, String... expected) {
		var present = SECTIONS.stream().filter(id -> home.getElementById(id) != null).toList();
		assertThat(present).containsExactlyInAnyOrder(expected);
		assertThat(home.select(".home-section").stream().map(Element::id)
			.filter(SECTIONS::contains).toList()).containsExactlyInAnyOrder(expected);
	}

	private Document home(RequestPostProcessor as) throws Exception {
		var response = mvc.perform(get("/home").with(as)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static RequestPostProcessor person(String username, Set<Role> roles, Set<String> teams) {
		var user = new CurrentUser(username, username, roles, teams, Set.of());
		var authorities = roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}
}
