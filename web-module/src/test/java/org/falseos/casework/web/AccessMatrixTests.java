package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application for every role and for an anonymous caller, against the table in
 * {@code access-matrix.txt}. The routes are read from the application itself, so a new route that nobody put in
 * the table fails the build.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

	static final AccessMatrix matrix = AccessMatrix.load("/access-matrix.txt");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRegisteredRouteHasARowAndEveryRowARoute() {
		Set<String> registered = registeredRoutes();
		Set<String> inMatrix = new TreeSet<>(matrix.rows().stream().map(AccessMatrix.Row::route).toList());

		var missing = new TreeSet<>(registered);
		missing.removeAll(inMatrix);
		var stale = new TreeSet<>(inMatrix);
		stale.removeAll(registered);

		assertThat(missing).as("routes with no row in access-matrix.txt: add one saying who may use them").isEmpty();
		assertThat(stale).as("rows in access-matrix.txt for routes that no longer exist").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyRouteAnswersEachRoleAsTheMatrixSays() {
		return matrix.rows().stream().flatMap(row -> AccessMatrix.CALLERS.stream().map(caller -> {
			String expected = row.outcomes().get(AccessMatrix.CALLERS.indexOf(caller));
			return DynamicTest.dynamicTest(row.route() + " as " + caller + " → " + expected,
					() -> assertOutcome(row, caller, expected));
		}));
	}

	private void assertOutcome(AccessMatrix.Row row, String caller, String expected) throws Exception {
		// A route open to any method ("ANY") is tried with GET.
		HttpMethod method = row.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
		MockHttpServletRequestBuilder request = request(method, row.sample()).with(csrf());
		if (!caller.equals("anonymous")) {
			request.with(user(caller.toLowerCase()).roles(caller));
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String where = "access-matrix.txt line " + row.line() + ": " + row.route() + " (" + row.sample() + ") as "
				+ caller;
		if (expected.equals("login")) {
			assertThat(status).as(where).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).as(where).endsWith("/login");
			return;
		}
		assertThat(status).as(where).isEqualTo(Integer.parseInt(expected));
		if (row.sample().startsWith("/api/") && (status == 401 || status == 403)) {
			assertThat(result.getResponse().getContentType()).as(where).startsWith("application/json");
			assertThat(result.getResponse().getContentAsString()).as(where).contains("\"status\":" + status);
		}
	}

	// The application's own routes; Boot's error controller is not one of them.
	private Set<String> registeredRoutes() {
		var routes = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.falseos")) {
				return;
			}
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String method : methods) {
				for (String pattern : info.getPatternValues()) {
					routes.add(method + " " + pattern);
				}
			}
		});
		return routes;
	}
}
