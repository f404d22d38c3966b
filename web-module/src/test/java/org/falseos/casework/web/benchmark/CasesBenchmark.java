package org.falseos.casework.web.benchmark;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

/**
 * Latency of the caseworker's busiest pages over HTTP against a running instance (see docs/benchmarks.md, "Cases"):
 * the case list (default, filtered and deep pages), a case page, and case search; and the supervisor's board (issue 12:
 * page, API and CSV) as {@code benchmark.supervisor}, with its ratios to the case list of the same run. A main class,
 * not a test: it needs a packaged app running on a database filled by the synthetic data command.
 * {@code -Dbenchmark.only=board} measures only the case list's default page and the board.
 */
public final class CasesBenchmark {

	private static final List<String> WORDS = List.of("stalking", "threatening messages", "fake profile",
			"home address", "employer", "withheld number", "demanded money", "false claims", "doxxing", "extortion");

	/** The case list: its default page (last activity first), filtered pages and a deep page (offset 10,000). */
	private static final List<String> LIST_PAGES = List.of("/cases", "/cases?status=open&overdue=yes",
			"/cases?harm=stalking&rung=2&sort=opened", "/cases?scope=mine&status=closed&sort=rung", "/cases?page=201");

	private final String base;

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String basic;

	private final java.util.Map<String, Double> p50 = new java.util.HashMap<>();

	private final java.util.Map<String, Double> p99 = new java.util.HashMap<>();

	private CasesBenchmark(String base, String user, String password) {
		this.base = base;
		this.basic = "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static void main(String[] args) throws Exception {
		String base = System.getProperty("benchmark.url", "http://127.0.0.1:8080");
		int rounds = Integer.getInteger("benchmark.rounds", 500);
		var benchmark = new CasesBenchmark(base, System.getProperty("benchmark.user", "caseworker"),
				System.getProperty("benchmark.password", "demo"));
		int warmUp = Integer.getInteger("benchmark.warm-up", 100);
		boolean boardOnly = "board".equals(System.getProperty("benchmark.only"));
		if (!boardOnly) {
			benchmark.run(rounds, warmUp);
		}
		else {
			benchmark.signIn();
			benchmark.measure("GET /cases", rounds, warmUp, i -> benchmark.page("/cases"));
		}
		var supervisor = new CasesBenchmark(base, System.getProperty("benchmark.supervisor", "supervisor"),
				System.getProperty("benchmark.password", "demo"));
		supervisor.board(rounds, warmUp, benchmark.p99.get("GET /cases"), benchmark.p50.get("GET /cases"));
	}

	/** The supervision board for a supervisor (the demo one supervises North, about 20,000 of 100,000 cases). */
	private void board(int rounds, int warmUp, double listP99, double listP50) throws Exception {
		signIn();
		String first = api("/api/supervision/board");
		List<Integer> counts = JsonPath.read(first, "$.rungs[*].count");
		List<String> caseworkers = JsonPath.read(first, "$.caseload[*].caseworker");
		System.out.printf("Board: teams %s, open cases per rung %s, %d stalled listed, figures %s%n",
				JsonPath.read(first, "$.teams"), counts, ((List<?>) JsonPath.read(first, "$.stalled")).size(),
				JsonPath.read(first, "$.figures"));
		String someone = URLEncoder.encode(caseworkers.isEmpty() ? "caseworker" : caseworkers.getFirst(),
				StandardCharsets.UTF_8);
		List<String> rows = List.of("GET /supervision", "GET /supervision?caseworker=", "GET /supervision/board.csv");
		measure(rows.get(0), rounds, warmUp, i -> page("/supervision"));
		measure(rows.get(1), rounds, warmUp, i -> page("/supervision?caseworker=" + someone));
		measure(rows.get(2), rounds, warmUp, i -> page("/supervision/board.csv"));
		// Over HTTP Basic, as the API is used: this row includes the password check (see GET /api/me).
		measure("GET /api/supervision/board (HTTP Basic)", rounds, warmUp, i -> api("/api/supervision/board"));
		measure("GET /api/me (HTTP Basic baseline)", rounds, warmUp, i -> api("/api/me"));
		for (String row : rows) {
			System.out.printf("%-50s p50 %5.2f x   p99 %5.2f x   the case list's (GET /cases, same run)%n", row,
					p50.get(row) / listP50, p99.get(row) / listP99);
		}
	}

	private void run(int rounds, int warmUp) throws Exception {
		signIn();
		String cases = api("/api/cases");
		List<String> ids = JsonPath.read(cases, "$[*].id");
		System.out.printf("Visible cases listed by /api/cases: %d%n", ids.size());
		List<String> queries = new ArrayList<>(WORDS);
		for (String id : ids.subList(0, Math.min(10, ids.size()))) {
			List<String> numbers = JsonPath.read(api("/api/cases/" + id), "$.referenceNumbers[*].number");
			// Typed the way people do: lower case, dashes dropped, a space in the middle.
			numbers.stream().findFirst().map(CasesBenchmark::retyped).ifPresent(queries::add);
		}
		System.out.printf("Search queries: %s%n", queries);
		for (String list : LIST_PAGES) {
			measure("GET " + list, rounds, warmUp, i -> page(list));
		}
		measure("GET /cases/{id} (case page)", rounds, warmUp, i -> page("/cases/" + ids.get(i % ids.size())));
		// The API is stateless: every request checks the password hash, which this row measures on its own.
		measure("GET /api/me (HTTP Basic baseline)", rounds, warmUp, i -> api("/api/me"));
		measure("GET /api/search/cases?q=", rounds, warmUp,
				i -> api("/api/search/cases?q=" + URLEncoder.encode(queries.get(i % queries.size()),
						StandardCharsets.UTF_8)));
	}

	private static String retyped(String number) {
		String plain = number.replace("-", "").toLowerCase(Locale.ROOT);
		return plain.substring(0, plain.length() / 2) + " " + plain.substring(plain.length() / 2);
	}

	private void measure(String name, int rounds, int warmUp, Call call) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			call.run(i);
		}
		long[] nanos = new long[rounds];
		long started = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			call.run(i);
			nanos[i] = System.nanoTime() - t;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		p50.put(name, nanos[rounds / 2] / 1e6);
		p99.put(name, nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6);
		System.out.printf("%-50s p50 %8.3f ms   p99 %8.3f ms   max %8.3f ms   %7.1f requests/s (%d requests)%n",
				name, nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.99) - 1] / 1e6,
				nanos[rounds - 1] / 1e6, rounds / seconds, rounds);
	}

	private void signIn() throws Exception {
		String form = send(HttpRequest.newBuilder(URI.create(base + "/login")).build());
		var csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String credentials = basic.substring("Basic ".length());
		String[] pair = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8).split(":", 2);
		String body = "username=" + URLEncoder.encode(pair[0], StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(pair[1], StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + response.statusCode() + " " + location);
		}
	}

	private String page(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).build());
	}

	private String api(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic).build());
	}

	private String send(HttpRequest request) throws Exception {
		var response = client.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
		}
		return response.body();
	}

	private interface Call {

		void run(int i) throws Exception;
	}
}
