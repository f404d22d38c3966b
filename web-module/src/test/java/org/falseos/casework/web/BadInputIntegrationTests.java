package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.guidance.GuidanceEditorial;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.HostileRequests.Hostile;
import org.falseos.casework.web.HostileRoutes.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API route and every form of the application, fed every class of hostile input ({@link HostileRequests}) as
 * someone allowed to use it, over real HTTP (the servlet container's own decoding included): each must be refused
 * with a 400 that names the field where there is one, with no exception class or stack in the body, and with every
 * stored table exactly as it was. The routes are read from the application, so a new one without a row in
 * {@link HostileRoutes} fails here; so does a request field that no row feeds hostile input to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

	// What a body must never show: Java type names, stack frames.
	static final Pattern EXCEPTION_DETAIL = Pattern.compile(
			"(java|javax|jakarta|org\\.springframework|org\\.apache|org\\.postgresql|tools\\.jackson|com\\.fasterxml)\\.[a-z]"
					+ "|Exception|Caused by|\\tat [a-z]|\\bat [a-z]+\\.[a-z]+\\.[A-Za-z]+\\(");

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	CaseClosures closures;

	@Autowired
	DataProtection protection;

	@Autowired
	LinkedVictims linking;

	@Autowired
	GuidanceEditorial editorial;

	final JsonMapper json = JsonMapper.builder().build();

	final Map<String, WebClient> sessions = new HashMap<>();

	final Map<String, String> csrfTokens = new HashMap<>();

	List<Row> rows;

	DataFingerprint data;

	// What is stored, as of the last request; a request that changes it fails, and the next compares with the new.
	Map<String, String> stored;

	@BeforeAll
	void targets() {
		String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		String handle = "@hostile_" + tag;
		CaseId a = open(NORTH, "BI-A-" + tag);
		cases.logIncident(NORTH, a, new NewIncident(Instant.now().minus(5, ChronoUnit.DAYS), "A threat under a photo",
				"X", "https://x.com/t/status/1", handle, null));
		UUID identifier = cases.recordIdentifier(NORTH, a, new NewIdentifier(IdentifierKind.HANDLE, "X", handle));
		UUID reference = cases.recordReferenceNumber(NORTH, a, NewReferenceNumber.of("Police Scotland", "PS-BI-" + tag));
		UUID task = cases.addTask(NORTH, a, "Call the officer", LocalDate.now().plusDays(3));
		cases.recordConsent(NORTH, a, ConsentKind.LINKING, true);
		// Not the rows' upload content: a valid upload must be one that would be stored, not refused as a copy.
		var evidence = locker.add(NORTH, a, "shot.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				new ByteArrayInputStream(java.util.Arrays.copyOf(HostileRequests.PNG, HostileRequests.PNG.length + 1)));
		CaseId b = open(SOUTH, "BI-B-" + tag);
		cases.recordIdentifier(SOUTH, b, new NewIdentifier(IdentifierKind.HANDLE, "X", handle));
		var suggestion = await().atMost(Duration.ofSeconds(30))
			.until(() -> linking.suggestions(COORDINATOR, true).stream()
				.filter(s -> s.caseIds().containsAll(List.of(a, b)))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		CaseId erasing = open(NORTH, "BI-C-" + tag);
		UUID erasure = protection.requestErasure(NORTH, cases.read(NORTH, erasing).client().id(), "The client asked");
		// Closure (issue 12): a request waiting on the erasing case, and a closed case to reopen.
		UUID closure = closures.requestClosure(NORTH, erasing, "RESOLVED", "The client is safe");
		CaseId closed = open(NORTH, "BI-D-" + tag);
		closures.close(NORTH_SUPERVISOR, closed, "RESOLVED", "The client is safe");
		var ico = GuidanceItemId.parse("scotland.ico");
		int draft = editorial.draft(ico, retitled(editorial.contentToEdit(ico).orElseThrow()), "editor").number();

		var targets = new HostileRoutes.Targets(a.toString(), erasing.toString(), task.toString(),
				evidence.id().toString(), suggestion.id().toString(), UUID.randomUUID().toString(), erasure.toString(),
				ico.toString(), draft, reference.toString(), identifier.toString(), closure.toString(), closed.toString());
		rows = new java.util.ArrayList<>(HostileRoutes.rows(targets));
		for (String item : List.of("scotland.offence-stalking", "scotland.cross-border-united-states",
				"scotland.ladder-front-line-intake")) {
			rows.add(HostileRoutes.draft(item, DraftFields.of(editorial.contentToEdit(GuidanceItemId.parse(item)).orElseThrow())));
		}
		rows.stream().map(Row::caller).distinct().forEach(this::signIn);
		// The events of the cases made above change linking's tables; they must be done before the first look.
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class)
			.single() == 0);
		data = new DataFingerprint(jdbc);
		stored = data.take();
	}

	@Test
	void everyRouteHasARowAndEveryRowARoute() {
		Set<String> registered = registeredRoutes().keySet();
		Set<String> inRows = rows.stream().map(Row::route).collect(Collectors.toCollection(TreeSet::new));
		var missing = new TreeSet<>(registered);
		missing.removeAll(inRows);
		var stale = new TreeSet<>(inRows);
		stale.removeAll(registered);
		stale.remove("POST /login");

		assertThat(missing).as("routes without a row in HostileRoutes: add one, with a valid request").isEmpty();
		assertThat(stale).as("rows in HostileRoutes for routes that no longer exist").isEmpty();
	}

	@Test
	void everyFieldARouteReadsIsFedHostileInput() {
		registeredRoutes().forEach((route, handler) -> {
			Set<String> fed = rows.stream().filter(row -> row.route().equals(route))
				.flatMap(row -> row.base().keySet().stream()).collect(Collectors.toSet());
			for (MethodParameter parameter : handler.getMethodParameters()) {
				for (String field : fieldsRead(parameter)) {
					assertThat(fed).as(route + " reads '" + field + "': give it a valid value in its HostileRoutes row")
						.contains(field);
				}
				if (isMapOfFields(parameter)) {
					assertThat(fed).as(route + " reads a map of fields: name them in its HostileRoutes row").isNotEmpty();
				}
			}
		});
	}

	@TestFactory
	Stream<DynamicContainer> everyHostileRequestIsRefusedAndChangesNothing() {
		return rows.stream().map(row -> DynamicContainer.dynamicContainer(row.route() + " as " + row.caller(),
				HostileRequests.of(row, row.api() ? null : csrfTokens.get(row.caller())).stream()
					.map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> refused(row, hostile)))));
	}

	private void refused(Row row, Hostile hostile) {
		Map<String, String> before = stored;
		var response = sessions.get(row.caller()).send(hostile.method(), hostile.path(), hostile.contentType(),
				hostile.body(), headers(row));
		stored = data.take();
		String body = response.body();
		String where = hostile.method() + " " + abbreviated(hostile.path()) + " (" + hostile.name() + ") -> "
				+ response.statusCode() + ": " + abbreviated(body);

		assertThat(stored).as("stored data changed by " + where).isEqualTo(before);
		assertThat(response.statusCode()).as(where).isEqualTo(400);
		assertThat(EXCEPTION_DETAIL.matcher(body).find()).as("exception detail in " + where).isFalse();
		if (hostile.field() != null) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("json")) {
				JsonNode fields = json.readTree(body).get("fields");
				assertThat(fields).as("no fields in " + where).isNotNull();
				assertThat(fields.has(hostile.field())).as("the field '" + hostile.field() + "' is not named in " + where)
					.isTrue();
			}
			else {
				assertThat(body).as("no error shown next to the form in " + where)
					.containsAnyOf("class=\"error-message\"", "class=\"error-summary\"");
			}
		}
	}

	private String[] headers(Row row) {
		if (row.caller().equals("anonymous") || !row.api()) {
			return new String[0];
		}
		String credentials = java.util.Base64.getEncoder()
			.encodeToString((row.caller() + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new String[] { "Authorization", "Basic " + credentials };
	}

	private void signIn(String username) {
		var client = new WebClient(port);
		sessions.put(username, client);
		String loginToken = client.csrfTokenOf("/login");
		if (username.equals("anonymous")) {
			csrfTokens.put(username, loginToken);
			return;
		}
		var signedIn = client.postForm("/login", Map.of("username", username, "password", "demo", "_csrf", loginToken));
		assertThat(signedIn.statusCode()).as("sign-in of " + username).isEqualTo(302);
		csrfTokens.put(username, client.csrfTokenOf("/home"));
	}

	private CaseId open(Actor caseworker, String code) {
		return cases.open(caseworker, new NewCase(code, "scotland", "Harassment by a stranger", null, "A Client", null,
				null, Set.of("threats"), "united-states", false, false));
	}

	private static ItemContent retitled(ItemContent c) {
		return new ItemContent(c.id(), c.kind(), c.position(), c.title() + " (reviewed)", c.summary(), c.body(),
				c.lead(), c.notForThisJurisdiction(), c.contacts(), c.offence(), c.crossBorder(), c.rung(), c.sources(),
				c.sourceNote(), c.lastVerified(), c.reviewDue());
	}

	// The application's own routes, by "METHOD pattern"; Boot's error controller is not one of them.
	private Map<String, HandlerMethod> registeredRoutes() {
		Map<String, HandlerMethod> routes = new java.util.TreeMap<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.falseos")) {
				return;
			}
			for (var method : info.getMethodsCondition().getMethods()) {
				for (String pattern : info.getPatternValues()) {
					routes.put(method.name() + " " + pattern, handler);
				}
			}
		});
		return routes;
	}

	// The text and date fields a handler parameter reads: request parameters, JSON record components, form fields.
	private static List<String> fieldsRead(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		if (parameter.hasParameterAnnotation(RequestParam.class) && (isTextLike(type) || Collection.class.isAssignableFrom(type))) {
			var annotation = parameter.getParameterAnnotation(RequestParam.class);
			String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
			return List.of(name);
		}
		if (parameter.hasParameterAnnotation(RequestBody.class) && type.isRecord()) {
			return Stream.of(type.getRecordComponents())
				.filter(component -> isTextLike(component.getType()) || Collection.class.isAssignableFrom(component.getType()))
				.map(RecordComponent::getName)
				.toList();
		}
		if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
			return Stream.of(type.getFields())
				.filter(field -> !Modifier.isStatic(field.getModifiers()) && isTextLike(field.getType()))
				.map(Field::getName)
				.toList();
		}
		return List.of();
	}

	private static boolean isMapOfFields(MethodParameter parameter) {
		return Map.class.isAssignableFrom(parameter.getParameterType())
				&& (parameter.hasParameterAnnotation(RequestParam.class) || parameter.hasParameterAnnotation(RequestBody.class));
	}

	private static boolean isTextLike(Class<?> type) {
		return type == String.class || type == Instant.class || type == LocalDate.class;
	}

	private static String abbreviated(String text) {
		return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}
}
