package org.falseos.casework.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per route (method and pattern, as its controller declares it) of the application, plus the sign-in form:
 * who may use it, a real target and a valid request, so that any hostile variant that got through would change
 * something. {@link BadInputIntegrationTests} fails for a registered route without a row.
 */
final class HostileRoutes {

	/** How a route takes its input: nothing but the address, query parameters, a form, JSON or an upload. */
	enum Channel {
		NONE, QUERY, FORM, JSON, MULTIPART
	}

	/**
	 * A route and a valid request to it. {@code caller} is a demo account (or "anonymous"); {@code base} holds
	 * the fields, each of which is replaced in turn by hostile values.
	 */
	record Row(String route, String caller, String path, Channel channel, Map<String, Object> base) {

		String method() {
			return route.substring(0, route.indexOf(' '));
		}

		boolean api() {
			return path.startsWith("/api/");
		}
	}

	/** The real objects the rows act on, made before the test. */
	record Targets(String caseId, String erasureCaseId, String taskId, String evidenceId, String suggestionId,
			String patternId, String erasureRequestId, String draftItem, int draftRevision, String referenceNumberId,
			String identifierId, String closureRequestId, String closedCaseId) {
	}

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private HostileRoutes() {
	}

	static List<Row> rows(Targets t) {
		String c = "/cases/" + t.caseId();
		String api = "/api/cases/" + t.caseId();
		String pastDate = LocalDate.now(UK).minusDays(3).toString();
		String futureDate = LocalDate.now(UK).plusDays(7).toString();
		String pastLocal = LocalDateTime.now(UK).minusDays(3).truncatedTo(ChronoUnit.MINUTES).toString();
		String pastInstant = java.time.Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
		var rows = new ArrayList<Row>();

		// Public pages and the public API.
		none(rows, "GET /", "anonymous", "/");
		none(rows, "GET /login", "anonymous", "/login");
		rows.add(row("POST /login", "anonymous", "/login", Channel.FORM, "username", "caseworker", "password", "demo"));
		none(rows, "GET /guide", "anonymous", "/guide");
		none(rows, "GET /guide/{jurisdiction}", "anonymous", "/guide/scotland");
		rows.add(row("GET /guide/{jurisdiction}/abroad", "anonymous", "/guide/scotland/abroad", Channel.QUERY,
				"country", "united-states"));
		none(rows, "GET /guide/{jurisdiction}/{slug}", "anonymous", "/guide/scotland/offence-stalking");
		none(rows, "GET /api/guidance/jurisdictions", "anonymous", "/api/guidance/jurisdictions");
		none(rows, "GET /api/guidance/jurisdictions/{code}", "anonymous", "/api/guidance/jurisdictions/scotland");
		rows.add(row("GET /api/guidance/jurisdictions/{code}/offences", "anonymous",
				"/api/guidance/jurisdictions/scotland/offences", Channel.QUERY, "harm", "threats"));
		none(rows, "GET /api/guidance/items/{id}", "anonymous", "/api/guidance/items/scotland.ico");
		rows.add(row("GET /search", "anonymous", "/search", Channel.QUERY, "q", "stalking", "jurisdiction", "scotland",
				"kind", "offence", "page", "0", "in", "guidance"));
		rows.add(row("GET /api/search/guidance", "anonymous", "/api/search/guidance", Channel.QUERY, "q", "stalking",
				"jurisdiction", "scotland", "kind", "offence", "page", "0", "size", "10"));
		rows.add(row("GET /api/search/guidance/suggest", "anonymous", "/api/search/guidance/suggest", Channel.QUERY,
				"q", "stal"));

		// Identity and administration.
		none(rows, "GET /home", "caseworker", "/home");
		none(rows, "GET /admin", "admin", "/admin");
		none(rows, "GET /admin/sign-ins", "admin", "/admin/sign-ins");
		none(rows, "GET /admin/accounts", "admin", "/admin/accounts");
		none(rows, "GET /api/me", "caseworker", "/api/me");
		none(rows, "GET /api/admin/sign-ins", "admin", "/api/admin/sign-ins");
		none(rows, "GET /admin/sign-in-throttles", "admin", "/admin/sign-in-throttles");
		none(rows, "GET /api/admin/sign-in-throttles", "admin", "/api/admin/sign-in-throttles");
		rows.add(row("POST /admin/sign-in-throttles/clear", "admin", "/admin/sign-in-throttles/clear", Channel.FORM,
				"source", "127.0.0.9", "username", "nobody-throttled"));
		rows.add(row("DELETE /api/admin/sign-in-throttles", "admin", "/api/admin/sign-in-throttles", Channel.QUERY,
				"source", "127.0.0.9", "username", "nobody-throttled"));
		// The inbox (issue 12): only the address; a notification nobody has is a 404 whatever the input.
		none(rows, "GET /inbox", "caseworker", "/inbox");
		none(rows, "POST /inbox/{id}/read", "caseworker", "/inbox/00000000-0000-0000-0000-000000000000/read");
		none(rows, "POST /inbox/read-all", "caseworker", "/inbox/read-all");
		none(rows, "GET /api/inbox", "caseworker", "/api/inbox");
		none(rows, "POST /api/inbox/{id}/read", "caseworker", "/api/inbox/00000000-0000-0000-0000-000000000000/read");
		none(rows, "GET /admin/search", "admin", "/admin/search");
		none(rows, "POST /admin/search/rebuild", "admin", "/admin/search/rebuild");

		// Guidance editorial: drafts of an offence, a cross-border guide and a ladder rung (their own fields).
		String item = "/editorial/items/" + t.draftItem();
		none(rows, "GET /editorial", "editor", "/editorial");
		none(rows, "GET /editorial/items/{id}", "editor", item);
		none(rows, "GET /editorial/items/{id}/edit", "editor", item + "/edit");
		none(rows, "GET /editorial/items/{id}/revisions/{number}", "editor", item + "/revisions/" + t.draftRevision());
		rows.add(new Row("POST /editorial/items/{id}/revisions/{number}/publish", "supervisor",
				item + "/revisions/" + t.draftRevision() + "/publish", Channel.FORM, fields("comment", "Checked")));
		rows.add(new Row("POST /editorial/items/{id}/revisions/{number}/reject", "supervisor",
				item + "/revisions/" + t.draftRevision() + "/reject", Channel.FORM, fields("comment", "Cite the act")));
		rows.add(new Row("POST /editorial/items/{id}/withdraw", "supervisor", "/editorial/items/scotland.ico/withdraw",
				Channel.FORM, fields("reason", "Out of date")));

		// Cases: pages.
		rows.add(row("GET /cases", "caseworker", "/cases", Channel.QUERY, "status", "open", "rung", "1", "harm",
				"threats", "overdue", "yes", "scope", "team", "sort", "opened", "page", "1"));
		none(rows, "GET /cases/new", "caseworker", "/cases/new");
		rows.add(row("POST /cases", "caseworker", "/cases", Channel.FORM, "clientCode", "BI-FORM-1", "jurisdiction",
				"scotland", "team", "North", "summary", "Threats by text", "clientName", "A Client", "clientContact",
				"07700 900123", "safeContactNotes", "After 6pm", "harmTypes", "threats", "perpetratorCountry",
				"united-states"));
		none(rows, "GET /cases/{id}", "caseworker", c);
		rows.add(row("GET /cases/search", "caseworker", "/cases/search", Channel.QUERY, "q", "harassment"));
		rows.add(row("POST /cases/{id}/incidents", "caseworker", c + "/incidents", Channel.FORM, "occurredAt", pastLocal,
				"description", "Another threat", "platform", "X", "url", "https://x.com/a/status/2",
				"perpetratorIdentifier", "@a", "corrects", ""));
		rows.add(row("POST /cases/{id}/identifiers", "caseworker", c + "/identifiers", Channel.FORM, "kind", "handle",
				"platform", "X", "value", "@someone_else"));
		rows.add(row("POST /cases/{id}/reference-numbers", "caseworker", c + "/reference-numbers", Channel.FORM,
				"agency", "Police Scotland", "number", "PS-BI-FORM", "obtainedOn", pastDate, "officer", "PC Smith",
				"contactRoute", "101", "notes", "Given on the phone"));
		rows.add(row("POST /cases/{id}/consents", "caseworker", c + "/consents", Channel.FORM, "kind", "police",
				"given", "true"));
		rows.add(row("POST /cases/{id}/escalation", "caseworker", c + "/escalation", Channel.FORM, "rung", "1", "fromRung", "0", "note",
				"Reported on 101"));
		rows.add(row("POST /cases/{id}/tasks", "caseworker", c + "/tasks", Channel.FORM, "title", "Call back",
				"dueOn", futureDate));
		none(rows, "POST /cases/{id}/tasks/{taskId}/done", "caseworker", c + "/tasks/" + t.taskId() + "/done");
		none(rows, "GET /cases/{id}/diary", "caseworker", c + "/diary");
		none(rows, "GET /cases/{id}/references", "caseworker", c + "/references");
		none(rows, "GET /cases/{id}/ladder", "caseworker", c + "/ladder");
		none(rows, "GET /cases/{id}/tasks", "caseworker", c + "/tasks");
		none(rows, "GET /cases/{id}/activity", "supervisor", c + "/activity");
		none(rows, "GET /cases/{id}/evidence", "caseworker", c + "/evidence");
		// The page's capture time comes from the browser's date and time input: UK time, no zone.
		rows.add(row("POST /cases/{id}/evidence", "caseworker", c + "/evidence", Channel.MULTIPART, "method",
				"SCREENSHOT", "platform", "X", "usernameShown", "@troll", "sourceUrl", "https://x.com/troll",
				"capturedAt", pastLocal));
		none(rows, "GET /cases/{id}/evidence/{evidenceId}", "caseworker", c + "/evidence/" + t.evidenceId());
		none(rows, "POST /cases/{id}/evidence/{evidenceId}/integrity-check", "caseworker",
				c + "/evidence/" + t.evidenceId() + "/integrity-check");
		none(rows, "GET /cases/{id}/evidence/{evidenceId}/original", "caseworker",
				c + "/evidence/" + t.evidenceId() + "/original");
		rows.add(row("POST /cases/{id}/evidence/{evidenceId}/delete", "supervisor",
				c + "/evidence/" + t.evidenceId() + "/delete", Channel.FORM, "reason", "Uploaded by mistake"));
		none(rows, "GET /cases/{id}/bundle", "caseworker", c + "/bundle");
		rows.add(row("POST /cases/{id}/police-consent-override", "supervisor", c + "/police-consent-override",
				Channel.FORM, "reason", "The officer needs the evidence tonight"));
		rows.add(row("POST /cases/{id}/closure-requests", "caseworker", c + "/closure-requests", Channel.FORM,
				"outcome", "RESOLVED", "reason", "The client is safe"));
		rows.add(row("POST /cases/{id}/close", "supervisor", c + "/close", Channel.FORM, "outcome", "RESOLVED",
				"reason", "The client is safe"));
		String closurePage = "/cases/" + t.erasureCaseId() + "/closure-requests/" + t.closureRequestId();
		rows.add(row("POST /cases/{id}/closure-requests/{requestId}/approve", "supervisor", closurePage + "/approve",
				Channel.FORM, "comment", "Agreed"));
		rows.add(row("POST /cases/{id}/closure-requests/{requestId}/reject", "supervisor", closurePage + "/reject",
				Channel.FORM, "comment", "Not yet"));
		rows.add(row("POST /cases/{id}/reopen", "supervisor", "/cases/" + t.closedCaseId() + "/reopen", Channel.FORM,
				"reason", "More posts"));
		none(rows, "GET /supervision/closures", "supervisor", "/supervision/closures");
		none(rows, "GET /supervision/erasures", "supervisor", "/supervision/erasures");
		String erasurePage = "/supervision/erasures/" + t.erasureRequestId();
		none(rows, "GET /supervision/erasures/{requestId}", "supervisor", erasurePage);
		rows.add(row("POST /supervision/erasures/{requestId}/approve", "supervisor", erasurePage + "/approve",
				Channel.FORM, "confirm", "yes"));
		rows.add(row("POST /supervision/erasures/{requestId}/decline", "supervisor", erasurePage + "/decline",
				Channel.FORM, "note", "Police hold on the file"));

		// Cases: the API.
		rows.add(row("POST /api/cases", "caseworker", "/api/cases", Channel.JSON, "clientCode", "BI-API-1",
				"jurisdiction", "scotland", "team", "North", "summary", "Threats by text", "clientName", "A Client",
				"clientContact", "07700 900123", "safeContactNotes", "After 6pm", "harmTypes", List.of("threats"),
				"perpetratorCountry", "united-states", "doxxedAddress", false, "swattingRisk", false));
		rows.add(row("GET /api/cases", "caseworker", "/api/cases", Channel.QUERY, "limit", "10"));
		none(rows, "GET /api/cases/{id}", "caseworker", api);
		rows.add(row("POST /api/cases/{id}/incidents", "caseworker", api + "/incidents", Channel.JSON, "occurredAt",
				pastInstant, "description", "Another threat", "platform", "X", "url", "https://x.com/a/status/3",
				"perpetratorIdentifier", "@a"));
		rows.add(row("POST /api/cases/{id}/identifiers", "caseworker", api + "/identifiers", Channel.JSON, "kind",
				"handle", "platform", "X", "value", "@yet_another"));
		rows.add(row("POST /api/cases/{id}/reference-numbers", "caseworker", api + "/reference-numbers", Channel.JSON,
				"agency", "Police Scotland", "number", "PS-BI-API", "obtainedOn", pastDate, "officer", "PC Smith",
				"contactRoute", "101", "notes", "Given on the phone"));
		rows.add(row("POST /api/cases/{id}/consents", "caseworker", api + "/consents", Channel.JSON, "kind", "police",
				"given", true));
		rows.add(row("POST /api/cases/{id}/escalation", "caseworker", api + "/escalation", Channel.JSON, "rung", 1,
				"note", "Reported on 101"));
		rows.add(row("POST /api/cases/{id}/tasks", "caseworker", api + "/tasks", Channel.JSON, "title", "Call back",
				"dueOn", futureDate));
		none(rows, "POST /api/cases/{id}/tasks/{taskId}/done", "caseworker", api + "/tasks/" + t.taskId() + "/done");
		// Supervision (issue 12): caseworker4 is North's second caseworker, lead supervises North and South.
		rows.add(row("POST /api/cases/{id}/assignee", "supervisor", api + "/assignee", Channel.JSON, "caseworker",
				"caseworker4", "reason", "Casey is on leave"));
		rows.add(row("POST /api/cases/{id}/team", "lead", api + "/team", Channel.JSON, "team", "South", "caseworker",
				"caseworker2", "reason", "The client moved south"));
		rows.add(row("POST /api/cases/{id}/supervision-notes", "supervisor", api + "/supervision-notes", Channel.JSON,
				"note", "Chase the platform", "reviewBy", futureDate, "reviewDone", false));
		none(rows, "GET /api/cases/{id}/supervision-notes", "caseworker", api + "/supervision-notes");
		none(rows, "GET /api/cases/{id}/reassignments", "caseworker", api + "/reassignments");
		none(rows, "GET /cases/{id}/supervision", "caseworker", c + "/supervision");
		rows.add(row("POST /cases/{id}/supervision/assignee", "supervisor", c + "/supervision/assignee", Channel.FORM,
				"caseworker", "caseworker4", "reason", "Casey is on leave"));
		rows.add(row("POST /cases/{id}/supervision/team", "lead", c + "/supervision/team", Channel.FORM, "moveTeam",
				"South", "moveCaseworker", "caseworker2", "moveReason", "The client moved south"));
		rows.add(row("POST /cases/{id}/supervision/notes", "supervisor", c + "/supervision/notes", Channel.FORM, "note",
				"Chase the platform", "reviewBy-day", String.valueOf(LocalDate.now(UK).plusDays(7).getDayOfMonth()),
				"reviewBy-month", String.valueOf(LocalDate.now(UK).plusDays(7).getMonthValue()), "reviewBy-year",
				String.valueOf(LocalDate.now(UK).plusDays(7).getYear()), "reviewDone", "false"));
		rows.add(row("POST /api/cases/{id}/police-consent-override", "supervisor", api + "/police-consent-override",
				Channel.JSON, "reason", "The officer needs the evidence tonight"));
		// Closure (issue 12): a hostile variant that got through would close case a, decide the erasing case's
		// request or reopen the closed case.
		rows.add(row("POST /api/cases/{id}/close", "supervisor", api + "/close", Channel.JSON, "outcome", "RESOLVED",
				"reason", "The client is safe"));
		rows.add(row("POST /api/cases/{id}/closure-requests", "caseworker", api + "/closure-requests", Channel.JSON,
				"outcome", "RESOLVED", "reason", "The client is safe"));
		none(rows, "GET /api/cases/{id}/closure-requests", "caseworker", api + "/closure-requests");
		String closure = "/api/cases/" + t.erasureCaseId() + "/closure-requests/" + t.closureRequestId();
		rows.add(row("POST /api/cases/{id}/closure-requests/{requestId}/approve", "supervisor", closure + "/approve",
				Channel.JSON, "comment", "Agreed"));
		rows.add(row("POST /api/cases/{id}/closure-requests/{requestId}/reject", "supervisor", closure + "/reject",
				Channel.JSON, "comment", "Not yet"));
		rows.add(row("POST /api/cases/{id}/reopen", "supervisor", "/api/cases/" + t.closedCaseId() + "/reopen",
				Channel.JSON, "reason", "More posts"));
		none(rows, "GET /api/cases/{id}/audit", "supervisor", api + "/audit");
		rows.add(row("GET /api/search/cases", "caseworker", "/api/search/cases", Channel.QUERY, "q", "harassment"));
		rows.add(row("POST /api/cases/{id}/evidence", "caseworker", api + "/evidence", Channel.MULTIPART, "method",
				"screenshot", "platform", "X", "usernameShown", "@troll", "sourceUrl", "https://x.com/troll",
				"capturedAt", pastInstant));
		none(rows, "GET /api/cases/{id}/evidence", "caseworker", api + "/evidence");
		String evidence = api + "/evidence/" + t.evidenceId();
		none(rows, "GET /api/cases/{id}/evidence/{evidenceId}/original", "caseworker", evidence + "/original");
		none(rows, "POST /api/cases/{id}/evidence/{evidenceId}/verify", "caseworker", evidence + "/verify");
		none(rows, "GET /api/cases/{id}/evidence/{evidenceId}/custody", "caseworker", evidence + "/custody");
		rows.add(row("POST /api/cases/{id}/evidence/{evidenceId}/delete", "supervisor", evidence + "/delete",
				Channel.JSON, "reason", "Uploaded by mistake"));
		none(rows, "GET /api/cases/{id}/bundle", "caseworker", api + "/bundle");
		none(rows, "GET /api/cases/{id}/subject-access-export", "caseworker", api + "/subject-access-export");
		rows.add(row("POST /api/cases/{id}/erasure-requests", "caseworker", api + "/erasure-requests", Channel.JSON,
				"reason", "The client asked by phone"));
		none(rows, "GET /api/erasure-requests", "supervisor", "/api/erasure-requests");
		String erasure = "/api/erasure-requests/" + t.erasureRequestId();
		none(rows, "POST /api/erasure-requests/{requestId}/approve", "supervisor", erasure + "/approve");
		rows.add(row("POST /api/erasure-requests/{requestId}/decline", "supervisor", erasure + "/decline", Channel.JSON,
				"note", "Police hold on the file"));

		// Corrections (issue 11): the case's own reference number, identifier and task; every hostile variant is
		// refused, so they stay current for the next row.
		String ref = c + "/reference-numbers/" + t.referenceNumberId();
		String identifier = c + "/identifiers/" + t.identifierId();
		String task = c + "/tasks/" + t.taskId();
		none(rows, "GET /cases/{id}/reference-numbers/new", "caseworker", c + "/reference-numbers/new");
		none(rows, "GET /cases/{id}/identifiers/new", "caseworker", c + "/identifiers/new");
		none(rows, "GET /cases/{id}/reference-numbers/{refId}/correction", "caseworker", ref + "/correction");
		rows.add(row("POST /cases/{id}/reference-numbers/{refId}/correction", "caseworker", ref + "/correction",
				Channel.FORM, "agency", "Police Scotland", "otherAgency", "", "number", "PS-BI-FIXED", "obtainedOn",
				pastDate, "officer", "PC Smith", "contactRoute", "101", "notes", "Given on the phone", "reason",
				"Mistyped"));
		none(rows, "GET /cases/{id}/reference-numbers/{refId}/withdrawal", "caseworker", ref + "/withdrawal");
		rows.add(row("POST /cases/{id}/reference-numbers/{refId}/withdrawal", "caseworker", ref + "/withdrawal",
				Channel.FORM, "reason", "Another client's number"));
		none(rows, "GET /cases/{id}/identifiers/{identifierId}/correction", "caseworker", identifier + "/correction");
		rows.add(row("POST /cases/{id}/identifiers/{identifierId}/correction", "caseworker", identifier + "/correction",
				Channel.FORM, "kind", "handle", "platform", "X", "value", "@fixed", "reason", "Mistyped"));
		none(rows, "GET /cases/{id}/identifiers/{identifierId}/withdrawal", "caseworker", identifier + "/withdrawal");
		rows.add(row("POST /cases/{id}/identifiers/{identifierId}/withdrawal", "caseworker", identifier + "/withdrawal",
				Channel.FORM, "reason", "The client's friend"));
		none(rows, "GET /cases/{id}/offences", "caseworker", c + "/offences");
		rows.add(row("POST /cases/{id}/offences", "caseworker", c + "/offences", Channel.FORM, "offences",
				"scotland.offence-stalking", "reason", "Pattern of conduct"));
		none(rows, "GET /cases/{id}/client", "caseworker", c + "/client");
		rows.add(row("POST /cases/{id}/client", "caseworker", c + "/client", Channel.FORM, "name", "A Client",
				"contact", "07700 900456", "safeContactNotes", "Not after 6pm", "doxxedAddress", "true", "swattingRisk",
				"true", "reason", "New phone"));
		none(rows, "GET /cases/{id}/tasks/{taskId}/correction", "caseworker", task + "/correction");
		rows.add(row("POST /cases/{id}/tasks/{taskId}/correction", "caseworker", task + "/correction", Channel.FORM,
				"title", "Call the officer back", "dueOn", futureDate, "reason", "Typo"));
		none(rows, "GET /cases/{id}/tasks/{taskId}/withdrawal", "caseworker", task + "/withdrawal");
		rows.add(row("POST /cases/{id}/tasks/{taskId}/withdrawal", "caseworker", task + "/withdrawal", Channel.FORM,
				"reason", "Done by phone"));
		String apiRef = api + "/reference-numbers/" + t.referenceNumberId();
		String apiIdentifier = api + "/identifiers/" + t.identifierId();
		String apiTask = api + "/tasks/" + t.taskId();
		rows.add(row("POST /api/cases/{id}/reference-numbers/{refId}/correction", "caseworker", apiRef + "/correction",
				Channel.JSON, "agency", "Police Scotland", "number", "PS-BI-FIXED", "obtainedOn", pastDate, "officer",
				"PC Smith", "contactRoute", "101", "notes", "Given on the phone", "reason", "Mistyped"));
		rows.add(row("POST /api/cases/{id}/reference-numbers/{refId}/withdrawal", "caseworker", apiRef + "/withdrawal",
				Channel.JSON, "reason", "Another client's number"));
		rows.add(row("POST /api/cases/{id}/identifiers/{identifierId}/correction", "caseworker",
				apiIdentifier + "/correction", Channel.JSON, "kind", "handle", "platform", "X", "value", "@fixed",
				"reason", "Mistyped"));
		rows.add(row("POST /api/cases/{id}/identifiers/{identifierId}/withdrawal", "caseworker",
				apiIdentifier + "/withdrawal", Channel.JSON, "reason", "The client's friend"));
		rows.add(row("PUT /api/cases/{id}/offences", "caseworker", api + "/offences", Channel.JSON, "offences",
				List.of(fields("offenceId", "scotland.offence-stalking", "reason", "Pattern")), "reason", "Review"));
		rows.add(row("POST /api/cases/{id}/client/correction", "caseworker", api + "/client/correction", Channel.JSON,
				"name", "A Client", "contact", "07700 900456", "safeContactNotes", "Not after 6pm", "doxxedAddress", true,
				"swattingRisk", false, "reason", "New phone"));
		rows.add(row("POST /api/cases/{id}/tasks/{taskId}/correction", "caseworker", apiTask + "/correction",
				Channel.JSON, "title", "Call the officer back", "dueOn", futureDate, "reason", "Typo"));
		rows.add(row("POST /api/cases/{id}/tasks/{taskId}/withdrawal", "caseworker", apiTask + "/withdrawal",
				Channel.JSON, "reason", "Done by phone"));

		// Linked victims.
		String suggestion = "/suggestions/" + t.suggestionId();
		String pattern = "/patterns/" + t.patternId();
		rows.add(row("GET /api/linking/suggestions", "coordinator", "/api/linking/suggestions", Channel.QUERY, "state",
				"open"));
		none(rows, "POST /api/linking/suggestions/{id}/accept", "coordinator", "/api/linking" + suggestion + "/accept");
		rows.add(row("POST /api/linking/suggestions/{id}/dismiss", "coordinator", "/api/linking" + suggestion + "/dismiss",
				Channel.JSON, "reason", "Different people"));
		none(rows, "GET /api/linking/patterns", "coordinator", "/api/linking/patterns");
		none(rows, "GET /api/linking/patterns/{id}", "coordinator", "/api/linking" + pattern);
		none(rows, "GET /api/linking/patterns/{id}/cross-reference.csv", "coordinator",
				"/api/linking" + pattern + "/cross-reference.csv");
		none(rows, "GET /api/linking/patterns/{id}/cross-reference.pdf", "coordinator",
				"/api/linking" + pattern + "/cross-reference.pdf");
		none(rows, "GET /api/linking/patterns/{id}/chart.svg", "coordinator", "/api/linking" + pattern + "/chart.svg");
		none(rows, "GET /api/linking/consent-requests", "caseworker", "/api/linking/consent-requests");
		none(rows, "GET /linking", "coordinator", "/linking");
		none(rows, "POST /linking/suggestions/{id}/accept", "coordinator", "/linking" + suggestion + "/accept");
		rows.add(row("POST /linking/suggestions/{id}/dismiss", "coordinator", "/linking" + suggestion + "/dismiss",
				Channel.FORM, "reason", "Different people"));
		none(rows, "GET /linking/patterns/{id}", "coordinator", "/linking" + pattern);
		none(rows, "GET /linking/patterns/{id}/cross-reference.csv", "coordinator",
				"/linking" + pattern + "/cross-reference.csv");
		none(rows, "GET /linking/patterns/{id}/cross-reference.pdf", "coordinator",
				"/linking" + pattern + "/cross-reference.pdf");
		// Supervision board (issue 12): the filters, as a supervisor of North.
		rows.add(row("GET /supervision", "supervisor", "/supervision", Channel.QUERY, "team", "North", "caseworker",
				"caseworker"));
		rows.add(row("GET /supervision/board.csv", "supervisor", "/supervision/board.csv", Channel.QUERY, "team",
				"North", "caseworker", "caseworker"));
		rows.add(row("GET /api/supervision/board", "supervisor", "/api/supervision/board", Channel.QUERY, "team",
				"North", "caseworker", "caseworker"));
		return rows;
	}

	/** A draft of {@code item} as its edit form sends it: the given fields, valid as they are. */
	static Row draft(String item, Map<String, Object> form) {
		return new Row("POST /editorial/items/{id}/drafts", "editor", "/editorial/items/" + item + "/drafts",
				Channel.FORM, form);
	}

	private static void none(List<Row> rows, String route, String caller, String path) {
		rows.add(new Row(route, caller, path, Channel.NONE, Map.of()));
	}

	private static Row row(String route, String caller, String path, Channel channel, Object... namesAndValues) {
		return new Row(route, caller, path, channel, fields(namesAndValues));
	}

	static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}
}
