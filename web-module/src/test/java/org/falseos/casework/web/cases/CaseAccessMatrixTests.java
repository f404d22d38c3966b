package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.web.TestAccounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every case route × every role × own and other team, against real accounts (demo mode): a caseworker of
 * another team gets 404 exactly as for a case that does not exist; roles without case access get 403.
 */
@SpringBootTest(properties = "falseos.demo-mode=true")
@AutoConfigureMockMvc
class CaseAccessMatrixTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	// Callers, and the outcome class each route gives them: OK (the route's success), MISSING (404), ROLE (403).
	// "lead" supervises North and South (demo), "supervisor-south" only South (made below): another team's.
	static final List<String> CALLERS = List.of("caseworker", "caseworker2", "supervisor", "lead", "supervisor-south",
			"coordinator", "staff", "editor", "admin", "anonymous");

	static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	CaseClosures closures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	// In a path: the case's open task, made by the fixture.
	static final String TASK = "{task}";

	@Autowired
	CaseSearch search;

	// In place of a body: this route takes a multipart upload.
	static final String UPLOAD = "<multipart file>";

	final Map<String, MockHttpSession> sessions = new HashMap<>();

	record Route(String name, HttpMethod method, BiFunction<CaseId, EvidenceId, String> path, String json, int success,
			Set<String> allowed) {

		boolean api() {
			return path.apply(new CaseId(UUID.randomUUID()), new EvidenceId(UUID.randomUUID())).startsWith("/api/");
		}
	}

	static final Set<String> CASE_PEOPLE = Set.of("caseworker", "supervisor");

	static List<Route> routes() {
		return List.of(
				new Route("read", HttpMethod.GET, (id, e) -> "/api/cases/" + id, null, 200, CASE_PEOPLE),
				new Route("incident", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/incidents",
						"{\"occurredAt\": \"2026-11-20T21:30:00Z\", \"description\": \"threat\"}", 201, CASE_PEOPLE),
				new Route("identifier", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/identifiers",
						"{\"kind\": \"handle\", \"platform\": \"X\", \"value\": \"@troll\"}", 201, CASE_PEOPLE),
				new Route("reference", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/reference-numbers",
						"{\"agency\": \"Police Scotland\", \"number\": \"PS-9\"}", 201, CASE_PEOPLE),
				new Route("consent", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/consents",
						"{\"kind\": \"police\", \"given\": true}", 201, CASE_PEOPLE),
				new Route("escalation", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/escalation",
						"{\"rung\": 2, \"note\": \"no update\"}", 200, CASE_PEOPLE),
				new Route("task", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/tasks",
						"{\"title\": \"Call 101\", \"dueOn\": \"2026-12-01\"}", 201, CASE_PEOPLE),
				// Closure by approval (issue 12): {closure} is a request the fixture's caseworker made; "reopen" routes
				// find the case closed. A caseworker may see the case but not close it directly (403 from the module).
				new Route("close", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/close",
						"{\"outcome\": \"RESOLVED\", \"reason\": \"done\"}", 200, Set.of("supervisor")),
				route("closure request", HttpMethod.POST, "/api/cases/{id}/closure-requests",
						"{\"outcome\": \"RESOLVED\", \"reason\": \"done\"}", 201),
				route("closure requests", HttpMethod.GET, "/api/cases/{id}/closure-requests", null, 200),
				supervisors("closure approve", "/api/cases/{id}/closure-requests/{closure}/approve", "{}", 200),
				supervisors("closure reject", "/api/cases/{id}/closure-requests/{closure}/reject",
						"{\"comment\": \"not yet\"}", 200),
				supervisors("reopen", "/api/cases/{id}/reopen", "{\"reason\": \"more posts\"}", 200),
				route("page closure request", HttpMethod.POST, "/cases/{id}/closure-requests", "outcome=RESOLVED&reason=done",
						302),
				supervisors("page close", "/cases/{id}/close", "outcome=RESOLVED&reason=done", 302),
				supervisors("page closure approve", "/cases/{id}/closure-requests/{closure}/approve", "comment=", 302),
				supervisors("page closure reject", "/cases/{id}/closure-requests/{closure}/reject", "comment=not+yet", 302),
				supervisors("page reopen", "/cases/{id}/reopen", "reason=more+posts", 302),
				new Route("reassign", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/assignee",
						"{\"caseworker\": \"caseworker4\", \"reason\": \"leave\"}", 200, Set.of("supervisor")),
				// Supervision (issue 12). A team move is for a supervisor of both teams: North's own supervisor
				// may use the route but has no other team to move the case to (400, see expected()).
				new Route("team move", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/team",
						"{\"team\": \"South\", \"caseworker\": \"caseworker2\"}", 200, Set.of("lead")),
				new Route("supervision note", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/supervision-notes",
						"{\"note\": \"Chase the platform\", \"reviewBy\": null}", 201, Set.of("supervisor")),
				new Route("supervision notes", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/supervision-notes", null,
						200, CASE_PEOPLE),
				new Route("reassignments", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/reassignments", null, 200,
						CASE_PEOPLE),
				new Route("page supervision", HttpMethod.GET, (id, e) -> "/cases/" + id + "/supervision", null, 200,
						CASE_PEOPLE),
				new Route("page reassign", HttpMethod.POST, (id, e) -> "/cases/" + id + "/supervision/assignee",
						"caseworker=caseworker4", 302, Set.of("supervisor")),
				new Route("page team move", HttpMethod.POST, (id, e) -> "/cases/" + id + "/supervision/team",
						"moveTeam=South&moveCaseworker=caseworker2", 302, Set.of("lead")),
				new Route("page supervision note", HttpMethod.POST, (id, e) -> "/cases/" + id + "/supervision/notes",
						"note=Chase+the+platform", 302, Set.of("supervisor")),
				new Route("audit", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/audit", null, 200, Set.of("supervisor")),
				new Route("page", HttpMethod.GET, (id, e) -> "/cases/" + id, null, 200, CASE_PEOPLE),
				new Route("page diary", HttpMethod.GET, (id, e) -> "/cases/" + id + "/diary", null, 200, CASE_PEOPLE),
				new Route("page references", HttpMethod.GET, (id, e) -> "/cases/" + id + "/references", null, 200,
						CASE_PEOPLE),
				new Route("page ladder", HttpMethod.GET, (id, e) -> "/cases/" + id + "/ladder", null, 200, CASE_PEOPLE),
				new Route("page tasks", HttpMethod.GET, (id, e) -> "/cases/" + id + "/tasks", null, 200, CASE_PEOPLE),
				new Route("page activity", HttpMethod.GET, (id, e) -> "/cases/" + id + "/activity", null, 200,
						CASE_PEOPLE),
				new Route("page task done", HttpMethod.POST, (id, e) -> "/cases/" + id + "/tasks/" + TASK + "/done", null,
						302, CASE_PEOPLE),
				new Route("page incident", HttpMethod.POST, (id, e) -> "/cases/" + id + "/incidents",
						"occurredAt=2026-11-20T21:30&description=threat", 302, CASE_PEOPLE),
				new Route("page reference", HttpMethod.POST, (id, e) -> "/cases/" + id + "/reference-numbers",
						"agency=ICO&number=ICO-1", 302, CASE_PEOPLE),
				new Route("page consent", HttpMethod.POST, (id, e) -> "/cases/" + id + "/consents", "kind=linking&given=true",
						302, CASE_PEOPLE),
				new Route("page escalation", HttpMethod.POST, (id, e) -> "/cases/" + id + "/escalation", "rung=3&fromRung=0&note=stalled",
						302, CASE_PEOPLE),
				new Route("page task", HttpMethod.POST, (id, e) -> "/cases/" + id + "/tasks", "title=Chase+officer", 302,
						CASE_PEOPLE),
				new Route("evidence upload", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/evidence", UPLOAD, 201,
						CASE_PEOPLE),
				new Route("evidence list", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/evidence", null, 200, CASE_PEOPLE),
				new Route("evidence original", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/evidence/" + e + "/original",
						null, 200, CASE_PEOPLE),
				new Route("evidence verify", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/evidence/" + e + "/verify",
						null, 200, CASE_PEOPLE),
				new Route("evidence custody", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/evidence/" + e + "/custody",
						null, 200, CASE_PEOPLE),
				new Route("evidence delete", HttpMethod.POST, (id, e) -> "/api/cases/" + id + "/evidence/" + e + "/delete",
						"{\"reason\": \"duplicate upload\"}", 200, Set.of("supervisor")),
				new Route("bundle", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/bundle", null, 200, CASE_PEOPLE),
				new Route("subject access export", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/subject-access-export",
						null, 200, CASE_PEOPLE),
				new Route("page evidence original", HttpMethod.GET,
						(id, e) -> "/cases/" + id + "/evidence/" + e + "/original", null, 200, CASE_PEOPLE),
				new Route("page bundle", HttpMethod.GET, (id, e) -> "/cases/" + id + "/bundle", null, 200, CASE_PEOPLE),
				new Route("page evidence", HttpMethod.GET, (id, e) -> "/cases/" + id + "/evidence", null, 200, CASE_PEOPLE),
				new Route("page evidence upload", HttpMethod.POST, (id, e) -> "/cases/" + id + "/evidence", UPLOAD, 302,
						CASE_PEOPLE),
				new Route("page evidence item", HttpMethod.GET, (id, e) -> "/cases/" + id + "/evidence/" + e, null, 200,
						CASE_PEOPLE),
				new Route("page evidence integrity check", HttpMethod.POST,
						(id, e) -> "/cases/" + id + "/evidence/" + e + "/integrity-check", null, 302, CASE_PEOPLE),
				new Route("page evidence delete", HttpMethod.POST, (id, e) -> "/cases/" + id + "/evidence/" + e + "/delete",
						"reason=duplicate+upload", 302, Set.of("supervisor")),
				// Without the client's police consent (the fixture gives it only to the two routes above).
				new Route("bundle without consent", HttpMethod.GET, (id, e) -> "/api/cases/" + id + "/bundle", null, 409,
						CASE_PEOPLE),
				new Route("page bundle without consent", HttpMethod.GET, (id, e) -> "/cases/" + id + "/bundle", null, 409,
						CASE_PEOPLE),
				new Route("police consent override", HttpMethod.POST,
						(id, e) -> "/api/cases/" + id + "/police-consent-override", "{\"reason\": \"officer waiting\"}", 201,
						Set.of("supervisor")),
				new Route("page police consent override", HttpMethod.POST,
						(id, e) -> "/cases/" + id + "/police-consent-override", "reason=officer+waiting", 302,
						Set.of("supervisor")),
				// Corrections (issue 11): {ref}, {identifier} and {task} are the fixture's own entries.
				route("reference correction", HttpMethod.POST, "/api/cases/{id}/reference-numbers/{ref}/correction",
						"{\"agency\": \"Police Scotland\", \"number\": \"PS-AM-2\", \"reason\": \"typo\"}", 200),
				route("reference withdrawal", HttpMethod.POST, "/api/cases/{id}/reference-numbers/{ref}/withdrawal",
						"{\"reason\": \"another client's\"}", 200),
				route("identifier correction", HttpMethod.POST, "/api/cases/{id}/identifiers/{identifier}/correction",
						"{\"kind\": \"handle\", \"value\": \"@am_2\", \"reason\": \"typo\"}", 200),
				route("identifier withdrawal", HttpMethod.POST, "/api/cases/{id}/identifiers/{identifier}/withdrawal",
						"{\"reason\": \"the client's friend\"}", 200),
				route("offences", HttpMethod.PUT, "/api/cases/{id}/offences",
						"{\"offences\": [{\"offenceId\": \"scotland.offence-stalking\", \"reason\": \"pattern\"}], \"reason\": \"review\"}",
						200),
				route("client correction", HttpMethod.POST, "/api/cases/{id}/client/correction",
						"{\"name\": \"A Client\", \"reason\": \"typo\"}", 200),
				route("task correction", HttpMethod.POST, "/api/cases/{id}/tasks/{task}/correction",
						"{\"title\": \"Call 101\", \"reason\": \"typo\"}", 200),
				route("task withdrawal", HttpMethod.POST, "/api/cases/{id}/tasks/{task}/withdrawal",
						"{\"reason\": \"done by phone\"}", 200),
				route("page new reference", HttpMethod.GET, "/cases/{id}/reference-numbers/new", null, 200),
				route("page new identifier", HttpMethod.GET, "/cases/{id}/identifiers/new", null, 200),
				route("page identifier", HttpMethod.POST, "/cases/{id}/identifiers", "kind=handle&value=%40am_3", 302),
				route("page reference correction", HttpMethod.GET, "/cases/{id}/reference-numbers/{ref}/correction", null,
						200),
				route("page reference correcting", HttpMethod.POST, "/cases/{id}/reference-numbers/{ref}/correction",
						"agency=Police+Scotland&number=PS-AM-3&reason=typo", 302),
				route("page reference withdrawal", HttpMethod.GET, "/cases/{id}/reference-numbers/{ref}/withdrawal", null,
						200),
				route("page reference withdrawing", HttpMethod.POST, "/cases/{id}/reference-numbers/{ref}/withdrawal",
						"reason=wrong+case", 302),
				route("page identifier correction", HttpMethod.GET, "/cases/{id}/identifiers/{identifier}/correction", null,
						200),
				route("page identifier correcting", HttpMethod.POST, "/cases/{id}/identifiers/{identifier}/correction",
						"kind=handle&value=%40am_4&reason=typo", 302),
				route("page identifier withdrawal", HttpMethod.GET, "/cases/{id}/identifiers/{identifier}/withdrawal", null,
						200),
				route("page identifier withdrawing", HttpMethod.POST, "/cases/{id}/identifiers/{identifier}/withdrawal",
						"reason=wrong", 302),
				route("page offences", HttpMethod.GET, "/cases/{id}/offences", null, 200),
				route("page offences change", HttpMethod.POST, "/cases/{id}/offences",
						"offences=scotland.offence-stalking&reason=review", 302),
				route("page client", HttpMethod.GET, "/cases/{id}/client", null, 200),
				route("page client correction", HttpMethod.POST, "/cases/{id}/client", "name=A+Client&reason=typo", 302),
				route("page task correction", HttpMethod.GET, "/cases/{id}/tasks/{task}/correction", null, 200),
				route("page task correcting", HttpMethod.POST, "/cases/{id}/tasks/{task}/correction",
						"title=Call+101&reason=typo", 302),
				route("page task withdrawal", HttpMethod.GET, "/cases/{id}/tasks/{task}/withdrawal", null, 200),
				route("page task withdrawing", HttpMethod.POST, "/cases/{id}/tasks/{task}/withdrawal", "reason=done", 302));
	}

	static Route supervisors(String name, String pattern, String body, int success) {
		return new Route(name, HttpMethod.POST, (id, e) -> pattern.replace("{id}", id.toString()), body, success,
				Set.of("supervisor"));
	}

	/** A route on the fixture's case and entries: {id} is the case, {ref}, {identifier} and {task} its entries. */
	static Route route(String name, HttpMethod method, String pattern, String body, int success) {
		return new Route(name, method, (id, e) -> pattern.replace("{id}", id.toString()), body, success, CASE_PEOPLE);
	}

	@TestFactory
	Stream<DynamicTest> everyCaseRouteForEveryRoleOwnAndOtherTeam() {
		TestAccounts.supervisor(jdbc, passwords, "supervisor-south", "South");
		return routes().stream().flatMap(route -> CALLERS.stream().map(caller -> DynamicTest.dynamicTest(
				route.name() + " as " + caller + " → " + expected(route, caller), () -> check(route, caller))));
	}

	static String expected(Route route, String caller) {
		if (caller.equals("anonymous")) {
			return route.api() ? "401" : "login";
		}
		boolean teamMove = route.allowed().equals(Set.of("lead"));
		// Supervises other teams only: the case is as unknown to them as to another team's caseworker, on every
		// route a supervisor may use; a route for caseworkers alone refuses the role first.
		if (caller.equals("supervisor-south")) {
			return route.allowed().contains("supervisor") || teamMove ? "404" : "403";
		}
		if (teamMove && caller.equals("supervisor")) {
			return "400";
		}
		// Supervises North, as "supervisor" does, and South besides.
		if (caller.equals("lead") && !teamMove) {
			caller = "supervisor";
		}
		// Deleting evidence is refused to caseworkers by the locker itself, after it has found the case: another
		// team's caseworker learns nothing (404), the case's own caseworker is told no (403).
		// So is closing a case directly: the cases module answers the case's own caseworker "ask for closure".
		boolean lockerDecides = route.name().equals("evidence delete") || route.name().equals("page evidence delete")
				|| route.name().equals("close");
		if (caller.equals("caseworker2")) {
			return route.allowed().contains("caseworker") || lockerDecides ? "404" : "403";
		}
		if (caller.equals("caseworker") && lockerDecides) {
			return "403";
		}
		return route.allowed().contains(caller) ? String.valueOf(route.success()) : "403";
	}

	private void check(Route route, String caller) throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("NC-M" + counter.incrementAndGet(), "scotland", "Access matrix"));
		UUID task = cases.addTask(NORTH, id, "Existing task", LocalDate.of(2026, 12, 1));
		UUID reference = cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police Scotland",
				"PS-AMF-" + counter.get()));
		UUID identifier = cases.recordIdentifier(NORTH, id, new NewIdentifier(IdentifierKind.HANDLE, "X",
				"@amf" + counter.get()));
		EvidenceId evidence = locker.add(NORTH, id, "shot.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).id();
		if (route.name().equals("bundle") || route.name().equals("page bundle")) {
			cases.recordConsent(NORTH, id, ConsentKind.POLICE, true);
		}
		UUID closure = route.name().contains("closure approve") || route.name().contains("closure reject")
				? closures.requestClosure(NORTH, id, "RESOLVED", "Access matrix") : null;
		if (route.name().contains("reopen")) {
			closures.close(NORTH_SUPERVISOR, id, "RESOLVED", "Access matrix");
		}
		String path = route.path().apply(id, evidence).replace("{ref}", reference.toString())
			.replace("{identifier}", identifier.toString()).replace("{task}", task.toString())
			.replace("{closure}", String.valueOf(closure));
		AbstractMockHttpServletRequestBuilder<?> request = UPLOAD.equals(route.json())
				? multipart(path).file(new MockMultipartFile("file", "shot.png", "image/png", new byte[] { 1, 2, 3 }))
					.param("method", "SCREENSHOT")
				: request(route.method(), path);
		if (route.api()) {
			if (route.json() != null && !UPLOAD.equals(route.json())) {
				request.contentType(MediaType.APPLICATION_JSON).content(route.json());
			}
			if (!caller.equals("anonymous")) {
				request.with(httpBasic(caller, "demo"));
			}
		}
		else {
			request.with(csrf());
			if (route.json() != null && !UPLOAD.equals(route.json())) {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(route.json());
			}
			if (!caller.equals("anonymous")) {
				request.session(session(caller));
			}
		}
		var response = mvc.perform(request).andReturn().getResponse();
		String expected = expected(route, caller);
		String where = route.name() + " " + path + " as " + caller + ": " + response.getStatus();
		if (expected.equals("login")) {
			assertThat(response.getStatus()).as(where).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(where).endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as(where).isEqualTo(Integer.parseInt(expected));
		}
		if (expected.equals("404")) {
			assertThat(response.getContentAsString()).as(where).doesNotContain("Access matrix", "NC-M");
		}
	}

	/**
	 * The case search page has no case in its path: own team and supervisor find the case, another team's
	 * caseworker gets the page without it (exactly as for words that match nothing), other roles 403.
	 */
	@TestFactory
	Stream<DynamicTest> caseSearchFindsOnlyOwnTeamsCasesForEveryRole() {
		TestAccounts.supervisor(jdbc, passwords, "supervisor-south", "South");
		String code = "NC-S" + counter.incrementAndGet();
		String word = "matrixword" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		CaseId id = cases.open(NORTH, NewCase.of(code, "scotland", "Access matrix search for a " + word));
		return CALLERS.stream().map(caller -> DynamicTest.dynamicTest("case search as " + caller, () -> {
			await().atMost(Duration.ofSeconds(20)).until(() -> search.search(NORTH, word).total() > 0);
			var request = request(HttpMethod.GET, "/cases/search?q=" + word);
			if (!caller.equals("anonymous")) {
				request.session(session(caller));
			}
			var response = mvc.perform(request).andReturn().getResponse();
			String where = "case search as " + caller + ": " + response.getStatus();
			switch (caller) {
				case "caseworker", "supervisor", "lead" -> {
					assertThat(response.getStatus()).as(where).isEqualTo(200);
					assertThat(response.getContentAsString()).as(where).contains("/cases/" + id.id(), code);
				}
				case "caseworker2", "supervisor-south" -> {
					assertThat(response.getStatus()).as(where).isEqualTo(200);
					assertThat(response.getContentAsString()).as(where).contains("No cases found")
						.doesNotContain("/cases/" + id.id(), "Access matrix search");
				}
				case "anonymous" -> {
					assertThat(response.getStatus()).as(where).isEqualTo(302);
					assertThat(response.getRedirectedUrl()).as(where).endsWith("/login");
				}
				default -> assertThat(response.getStatus()).as(where).isEqualTo(403);
			}
		}));
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
