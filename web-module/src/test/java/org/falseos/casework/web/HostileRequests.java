package org.falseos.casework.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.falseos.casework.web.HostileRoutes.Channel;
import org.falseos.casework.web.HostileRoutes.Row;

/**
 * The classes of hostile input, made into requests for one route: for each field, text the system must refuse (NUL,
 * another control character, a lone surrogate as a JSON escape and as raw UTF-8 bytes, bytes that are not UTF-8,
 * over-long text) and dates it must refuse (far past, far future, the future where only the past makes sense, not
 * a date); then what breaks a whole body (a key given twice, nulls in arrays, garbage JSON, a malformed form,
 * multipart without a boundary or cut short, hostile upload file names), and a hostile query parameter and path.
 */
final class HostileRequests {

	/** One hostile request; {@code field} is what its refusal must name (null: nothing to name). */
	record Hostile(String name, String field, String method, String path, String contentType, byte[] body) {
	}

	static final int OVER_LONG = 100_001;

	// A request line longer than 8 KB is turned away by the servlet container before the application sees it.
	static final int OVER_LONG_IN_QUERY = 4_000;

	static final String BOUNDARY = "HostileBoundary7MA4YWxkTrZu0gW";

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	private static final Set<String> DATE_TIMES = Set.of("occurredAt", "capturedAt");

	private static final Set<String> DATES = Set.of("obtainedOn", "dueOn", "lastVerified", "reviewDue", "reviewBy");

	private static final Set<String> ONLY_PAST = Set.of("occurredAt", "capturedAt", "obtainedOn", "lastVerified");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final Row row;

	private final String csrf;

	private final List<Hostile> out = new ArrayList<>();

	private HostileRequests(Row row, String csrf) {
		this.row = row;
		this.csrf = csrf;
	}

	/** Every hostile variant of {@code row}; {@code csrf} is the caller's token for page forms (or null). */
	static List<Hostile> of(Row row, String csrf) {
		var requests = new HostileRequests(row, csrf);
		requests.fields();
		requests.bodies();
		requests.queryAndPath();
		return requests.out;
	}

	// Each field in turn, the others valid.
	private void fields() {
		row.base().forEach((field, value) -> {
			if (value instanceof List<?>) {
				add("null in " + field, field, with(field, nullElement()));
				add("NUL in an element of " + field, field, with(field, List.of(json("a\\u0000b"))));
			}
			if (!(value instanceof String)) {
				return;
			}
			boolean json = row.channel() == Channel.JSON;
			boolean multipart = row.channel() == Channel.MULTIPART;
			add("NUL in " + field, field, with(field, json ? json("a\\u0000b") : raw(multipart ? "a\u0000b" : "a%00b")));
			add("control character in " + field, field, with(field, json ? json("a\\u0007b") : raw(multipart ? "a\u0007b" : "a%07b")));
			if (json) {
				add("lone surrogate escape in " + field, field, with(field, json("a\\ud800b")));
			}
			add("lone surrogate as bytes in " + field, field, with(field, multipart || json ? bytes('a', 0xED, 0xA0, 0x80, 'b')
					: raw("a%ED%A0%80b")));
			add("bytes that are not UTF-8 in " + field, field, with(field, multipart || json ? bytes('a', 0xFF, 'b') : raw("a%FFb")));
			if (row.channel() == Channel.FORM) {
				add("an unescaped byte that is not UTF-8 in " + field, field, with(field, bytes('a', 0xFF, 'b')));
			}
			// The sign-in form answers any name or password it cannot match with "wrong name or password".
			if (!row.route().equals("POST /login")) {
				add("over-long " + field, field, with(field,
						"a".repeat(row.channel() == Channel.QUERY ? OVER_LONG_IN_QUERY : OVER_LONG)));
			}
			// The API takes ISO-8601 instants; the pages' date and time inputs send UK time without a zone.
			dates(field, json || multipart && row.api());
		});
	}

	private void dates(String field, boolean iso) {
		boolean dateTime = DATE_TIMES.contains(field);
		if (!dateTime && !DATES.contains(field)) {
			return;
		}
		List<String> refused = new ArrayList<>(dateTime
				? (iso ? List.of("1800-01-01T00:00:00Z", "-5000-01-01T00:00:00Z", "3000-01-01T00:00:00Z")
						: List.of("1800-01-01T10:00", "-5000-01-01T10:00", "3000-01-01T10:00"))
				: List.of("1800-01-01", "-5000-01-01", "3000-01-01"));
		if (ONLY_PAST.contains(field)) {
			refused.add(dateTime ? (iso ? Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()
					: LocalDateTime.now(UK).plusDays(2).truncatedTo(ChronoUnit.MINUTES).toString())
					: LocalDate.now(UK).plusDays(2).toString());
		}
		refused.add("not a date");
		refused.forEach(date -> add(field + " = " + date, field, with(field, date)));
	}

	// What breaks the body as a whole.
	private void bodies() {
		switch (row.channel()) {
			case JSON -> {
				String first = row.base().keySet().iterator().next();
				byte[] valid = body(row.base());
				byte[] key = ("{\"" + first + "\": ").getBytes(StandardCharsets.UTF_8);
				byte[] twice = concat(concat(key, jsonValue(row.base().get(first))),
						concat(", ".getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(valid, 1, valid.length)));
				out.add(hostile("key " + first + " given twice", first, twice));
				out.add(hostile("JSON cut short", null, Arrays.copyOf(valid, valid.length - 1)));
				out.add(hostile("garbage after the JSON", null, concat(valid, " {}".getBytes(StandardCharsets.UTF_8))));
				out.add(hostile("an array instead of an object", null, "[]".getBytes(StandardCharsets.UTF_8)));
				out.add(hostile("not JSON at all", null, "summary=x".getBytes(StandardCharsets.UTF_8)));
			}
			case FORM -> out.add(hostile("a malformed percent-escape", null,
					concat(body(row.base()), "&x=%G1".getBytes(StandardCharsets.UTF_8))));
			case MULTIPART -> {
				byte[] valid = body(row.base());
				out.add(new Hostile("multipart without a boundary", null, row.method(), row.path(), "multipart/form-data",
						valid));
				out.add(hostile("multipart cut short", null, Arrays.copyOf(valid, valid.length - 40)));
				out.add(hostile("multipart that is not multipart", null, "garbage".getBytes(StandardCharsets.UTF_8)));
				fileName("NUL in the file name", bytes('a', 0, 'b', '.', 'p', 'n', 'g'), false);
				fileName("control character in the file name", bytes('a', 7, 'b', '.', 'p', 'n', 'g'), false);
				fileName("file name bytes that are not UTF-8", bytes('a', 0xFF, 'b', '.', 'p', 'n', 'g'), false);
				fileName("lone surrogate as bytes in the file name", bytes('a', 0xED, 0xA0, 0x80, '.', 'p', 'n', 'g'), false);
				fileName("control character in an encoded file name", raw("UTF-8''a%07b.png"), true);
				fileName("over-long file name", raw("a".repeat(300) + ".png"), false);
			}
			default -> {
			}
		}
	}

	private void fileName(String name, Raw fileName, boolean encoded) {
		out.add(hostile(name, "file", multipart(row.base(), fileName.bytes(), encoded)));
	}

	// Every route: a hostile query parameter (it is refused even where nobody reads it) and a hostile path.
	private void queryAndPath() {
		out.add(withQuery("NUL in a query parameter", "hostile", "hostile=a%00b"));
		out.add(withQuery("bytes that are not UTF-8 in a query parameter", "hostile", "hostile=a%FFb"));
		int variable = lastVariable();
		if (variable >= 0) {
			out.add(withPath("control character in the path", "path", variable, "a%07b"));
			// The servlet container itself turns these away, with its own plain 400.
			out.add(withPath("NUL in the path", null, variable, "a%00b"));
			out.add(withPath("bytes that are not UTF-8 in the path", null, variable, "a%FFb"));
		}
	}

	private Hostile withQuery(String name, String field, String query) {
		Hostile base = hostile(name, field, body(row.base()));
		String path = row.channel() == Channel.QUERY ? base.path() + "&" + query : row.path() + "?" + query;
		return new Hostile(name, field, base.method(), path, base.contentType(), base.body());
	}

	private Hostile withPath(String name, String field, int variable, String value) {
		Hostile base = hostile(name, field, body(row.base()));
		String path = row.path().substring(0, variable) + value
				+ row.path().substring(row.path().indexOf('/', variable) < 0 ? row.path().length()
						: row.path().indexOf('/', variable));
		String query = base.path().contains("?") ? base.path().substring(base.path().indexOf('?')) : "";
		return new Hostile(name, field, base.method(), path + query, base.contentType(), base.body());
	}

	// Where the value of the route's last path variable starts in the sample path (-1: no variable).
	private int lastVariable() {
		String pattern = row.route().substring(row.route().indexOf(' ') + 1);
		String[] patternSegments = pattern.split("/");
		int offset = 0;
		int found = -1;
		String[] pathSegments = row.path().split("/");
		for (int i = 0; i < patternSegments.length && i < pathSegments.length; i++) {
			if (patternSegments[i].startsWith("{")) {
				found = offset;
			}
			offset += pathSegments[i].length() + 1;
		}
		return found;
	}

	private void add(String name, String field, Map<String, Object> fields) {
		out.add(hostile(name, field, body(fields)));
	}

	private Hostile hostile(String name, String field, byte[] body) {
		return switch (row.channel()) {
			case JSON -> new Hostile(name, field, row.method(), row.path(), "application/json", body);
			case FORM -> new Hostile(name, field, row.method(), row.path(), "application/x-www-form-urlencoded", body);
			case MULTIPART -> new Hostile(name, field, row.method(), row.path(),
					"multipart/form-data; boundary=" + BOUNDARY, body);
			case QUERY -> new Hostile(name, field, row.method(), row.path() + "?" + new String(body, StandardCharsets.ISO_8859_1),
					null, null);
			case NONE -> row.method().equals("POST") && csrf != null
					? new Hostile(name, field, row.method(), row.path(), "application/x-www-form-urlencoded", body)
					: new Hostile(name, field, row.method(), row.path(), null, null);
		};
	}

	private byte[] body(Map<String, Object> fields) {
		return switch (row.channel()) {
			case JSON -> json(fields);
			case FORM, QUERY, NONE -> form(fields);
			case MULTIPART -> multipart(fields, "shot.png".getBytes(StandardCharsets.UTF_8), false);
		};
	}

	private Map<String, Object> with(String field, Object value) {
		Map<String, Object> fields = new LinkedHashMap<>(row.base());
		fields.put(field, value);
		return fields;
	}

	private byte[] form(Map<String, Object> fields) {
		var body = new ByteArrayOutputStream();
		Map<String, Object> all = new LinkedHashMap<>(fields);
		if (csrf != null && row.channel() != Channel.QUERY) {
			all.put("_csrf", csrf);
		}
		all.forEach((name, value) -> {
			if (body.size() > 0) {
				body.write('&');
			}
			body.writeBytes(URLEncoder.encode(name, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
			body.write('=');
			body.writeBytes(value instanceof Raw raw ? raw.bytes()
					: URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
		});
		return body.toByteArray();
	}

	private byte[] multipart(Map<String, Object> fields, byte[] fileName, boolean encodedName) {
		var body = new ByteArrayOutputStream();
		Map<String, Object> all = new LinkedHashMap<>(fields);
		if (csrf != null) {
			all.put("_csrf", csrf);
		}
		all.forEach((name, value) -> {
			body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(value instanceof Raw raw ? raw.bytes() : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
				+ (encodedName ? "filename*=" : "filename=\"")).getBytes(StandardCharsets.UTF_8));
		body.writeBytes(fileName);
		body.writeBytes(((encodedName ? "" : "\"") + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(PNG);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static byte[] json(Map<String, Object> fields) {
		var body = new ByteArrayOutputStream();
		body.write('{');
		fields.forEach((name, value) -> {
			if (body.size() > 1) {
				body.writeBytes(", ".getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("\"" + name + "\": ").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(jsonValue(value));
		});
		body.write('}');
		return body.toByteArray();
	}

	private static byte[] jsonValue(Object value) {
		return switch (value) {
			case null -> "null".getBytes(StandardCharsets.UTF_8);
			case Raw raw -> concat(concat(new byte[] { '"' }, raw.bytes()), new byte[] { '"' });
			case RawJson raw -> raw.text().getBytes(StandardCharsets.UTF_8);
			case String text -> ("\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").getBytes(StandardCharsets.UTF_8);
			case List<?> list -> {
				var out = new ByteArrayOutputStream();
				out.write('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.write(',');
					}
					out.writeBytes(jsonValue(list.get(i)));
				}
				out.write(']');
				yield out.toByteArray();
			}
			// An object inside a list (the offences of PUT /api/cases/{id}/offences).
			case Map<?, ?> object -> json(objectFields(object));
			default -> String.valueOf(value).getBytes(StandardCharsets.UTF_8);
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> objectFields(Map<?, ?> object) {
		return (Map<String, Object>) object;
	}

	/** Bytes sent exactly as they are, inside a JSON string, a form value or a part. */
	private record Raw(byte[] bytes) {
	}

	/** JSON text written as it is (an array with a null in it). */
	private record RawJson(String text) {
	}

	private static Raw raw(String text) {
		return new Raw(text.getBytes(StandardCharsets.UTF_8));
	}

	// A JSON string's content written as it is: escapes stay escapes.
	private static Raw json(String escaped) {
		return raw(escaped);
	}

	private static RawJson nullElement() {
		return new RawJson("[null]");
	}

	private static Raw bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return new Raw(bytes);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
