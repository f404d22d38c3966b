package org.falseos.casework.web.linking;

import org.falseos.casework.web.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.linking.LinkedCases.COORDINATOR;
import static org.falseos.casework.web.linking.LinkedCases.EAST;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every linking route for every role, with own and other team: a pattern of a North and an East case, seen by
 * North's caseworker and supervisor and not by South's; suggestions only for coordinators. A dissolved pattern
 * answers those who could see it that it was dissolved (page) or 409 (exports), and 404 to everyone else.
 */
@LinkingWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkingAccessMatrixIntegrationTests {

	// Route, then the expected status for: coordinator, caseworker own team, caseworker other team,
	// supervisor own team, supervisor other team, staff, editor, admin. Anonymous is asked to sign in everywhere.
	static final String MATRIX = """
			GET  /api/linking/suggestions                                 200 403 403 403 403 403 403 403
			POST /api/linking/suggestions/{linked}/accept                 200 403 403 403 403 403 403 403
			POST /api/linking/suggestions/{open}/dismiss                  200 403 403 403 403 403 403 403
			GET  /api/linking/patterns                                    200 200 200 200 200 403 403 403
			GET  /api/linking/patterns/{pattern}                          200 200 404 200 404 403 403 403
			GET  /api/linking/patterns/{pattern}/cross-reference.csv      200 200 404 200 404 403 403 403
			GET  /api/linking/patterns/{pattern}/cross-reference.pdf      200 200 404 200 404 403 403 403
			GET  /api/linking/patterns/{pattern}/chart.svg                200 200 404 200 404 403 403 403
			GET  /api/linking/consent-requests                            403 200 200 200 200 403 403 403
			GET  /linking                                                 200 200 200 200 200 403 403 403
			GET  /linking/patterns/{pattern}                              200 200 404 200 404 403 403 403
			GET  /linking/patterns/{pattern}/cross-reference.csv          200 200 404 200 404 403 403 403
			GET  /linking/patterns/{pattern}/cross-reference.pdf          200 200 404 200 404 403 403 403
			GET  /api/linking/patterns/{dissolved}                        409 409 404 409 404 403 403 403
			GET  /api/linking/patterns/{dissolved}/cross-reference.csv    409 409 404 409 404 403 403 403
			GET  /api/linking/patterns/{dissolved}/cross-reference.pdf    409 409 404 409 404 403 403 403
			GET  /api/linking/patterns/{dissolved}/chart.svg              409 409 404 409 404 403 403 403
			GET  /linking/patterns/{dissolved}                            200 200 404 200 404 403 403 403
			GET  /linking/patterns/{dissolved}/cross-reference.csv        409 409 404 409 404 403 403 403
			GET  /linking/patterns/{dissolved}/cross-reference.pdf        409 409 404 409 404 403 403 403
			POST /linking/suggestions/{linked}/accept                     302 403 403 403 403 403 403 403
			POST /linking/suggestions/{open}/dismiss                      302 403 403 403 403 403 403 403
			""";

	static final Map<String, RequestPostProcessor> WHO = new java.util.LinkedHashMap<>();
	static {
		WHO.put("coordinator", People.as("coordinator"));
		WHO.put("caseworker (own team)", People.as("caseworker"));
		WHO.put("caseworker (other team)", People.as("caseworker2"));
		WHO.put("supervisor (own team)", People.as("supervisor"));
		WHO.put("supervisor (other team)", People.as("supervisor2"));
		WHO.put("staff", People.as("staff"));
		WHO.put("editor", People.as("editor"));
		WHO.put("admin", People.as("admin"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	Map<String, String> ids;

	@BeforeAll
	void linkANorthAndAnEastCase() {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var east = given.open(EAST);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "X", "@matrix_troll");
		given.identifier(EAST, east, IdentifierKind.URL, null, "https://twitter.com/Matrix_Troll");
		given.consent(NORTH, north);
		given.consent(EAST, east);
		var linked = linking.accept(COORDINATOR, given.awaitSuggestion(north, east).id());

		var other = given.open(NORTH);
		var another = given.open(EAST);
		given.identifier(NORTH, other, IdentifierKind.EMAIL, null, "matrix.sender@gmail.com");
		given.identifier(EAST, another, IdentifierKind.EMAIL, null, "matrixsender+x@gmail.com");
		var open = given.awaitSuggestion(other, another);
		// A North and East pattern left with one case when the East client withdraws consent: dissolved.
		var leaving = given.open(NORTH);
		var left = given.open(EAST);
		given.identifier(NORTH, leaving, IdentifierKind.PHONE, null, "07700 900313");
		given.identifier(EAST, left, IdentifierKind.PHONE, null, "+44 7700 900313");
		given.consent(NORTH, leaving);
		given.consent(EAST, left);
		var dissolved = linking.accept(COORDINATOR, given.awaitSuggestion(leaving, left).id()).patternId();
		given.refuseConsent(EAST, left);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> linking.patterns(COORDINATOR).stream().noneMatch(p -> p.id().equals(dissolved)));
		ids = Map.of("{linked}", linked.id().toString(), "{open}", open.id().toString(), "{pattern}",
				linked.patternId().toString(), "{dissolved}", dissolved.toString());
	}

	@TestFactory
	Stream<DynamicTest> everyLinkingRouteForEveryRole() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : MATRIX.strip().split("\n")) {
			String[] cells = line.strip().split("\\s+");
			String method = cells[0];
			String path = cells[1];
			var roles = new ArrayList<>(WHO.keySet());
			for (int i = 0; i < roles.size(); i++) {
				String who = roles.get(i);
				int expected = Integer.parseInt(cells[2 + i]);
				tests.add(DynamicTest.dynamicTest(method + " " + path + " as " + who + " → " + expected, () -> {
					int status = mvc.perform(request(method, path).with(WHO.get(who))).andReturn().getResponse().getStatus();
					assertThat(status).isEqualTo(expected);
				}));
			}
			tests.add(DynamicTest.dynamicTest(method + " " + path + " anonymously → sign in", () -> {
				var response = mvc.perform(request(method, path)).andReturn().getResponse();
				assertThat(response.getStatus() == 401
						|| response.getStatus() == 302 && response.getRedirectedUrl().contains("/login"))
					.as("status %s", response.getStatus()).isTrue();
			}));
		}
		return tests.stream();
	}

	private MockHttpServletRequestBuilder request(String method, String path) {
		String uri = path;
		for (var id : ids.entrySet()) {
			uri = uri.replace(id.getKey(), id.getValue());
		}
		if (method.equals("GET")) {
			return get(uri);
		}
		var post = post(uri).with(csrf());
		if (uri.startsWith("/api/") && uri.endsWith("/dismiss")) {
			return post.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Different people\"}");
		}
		return uri.endsWith("/dismiss") ? post.param("reason", "Different people") : post;
	}
}
