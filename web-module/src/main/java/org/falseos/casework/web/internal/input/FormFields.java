package org.falseos.casework.web.internal.input;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code name=value&…} (a query string or a form body) strictly: percent-escapes must be well formed and
 * the bytes they stand for valid UTF-8, and every name and value must pass {@link AcceptedText}. The container's
 * own decoding is not used for these: it cannot say which field was at fault.
 */
final class FormFields {

	static final int MAX_FIELDS = 1_000;

	private FormFields() {
	}

	/** Adds the fields of {@code encoded} to {@code fields}, in order. */
	static void parse(byte[] encoded, Map<String, List<String>> fields) {
		int start = 0;
		int count = fields.values().stream().mapToInt(List::size).sum();
		while (start <= encoded.length) {
			int end = indexOf(encoded, (byte) '&', start);
			if (end > start) {
				if (++count > MAX_FIELDS) {
					throw RefusedInput.unreadable("The request has more than " + MAX_FIELDS + " fields.");
				}
				int equals = indexOf(encoded, (byte) '=', start);
				int nameEnd = Math.min(equals, end);
				String name = name(decode(encoded, start, nameEnd));
				String value = nameEnd < end ? value(name, decode(encoded, nameEnd + 1, end)) : "";
				fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
			start = end + 1;
		}
	}

	static Map<String, List<String>> parse(byte[] encoded) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		parse(encoded, fields);
		return fields;
	}

	private static String name(byte[] bytes) {
		try {
			return name(AcceptedText.decodeUtf8("name", bytes));
		}
		catch (RefusedInput refused) {
			throw RefusedInput.unreadable("A field name in the request is not valid UTF-8 text.");
		}
	}

	/** A field's name, which cannot be named in the refusal when it is itself not accepted. */
	static String name(String name) {
		if (AcceptedText.problem(name).isPresent()) {
			throw RefusedInput.unreadable("A field name in the request contains characters that are not accepted.");
		}
		return AcceptedText.accept(name, name);
	}

	/** The bytes a URL path stands for ({@code +} is itself in a path). */
	static byte[] percentDecoded(String raw) {
		byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		var out = new ByteArrayOutputStream(bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '+') {
				out.write('+');
			}
			else {
				i = decodeOne(bytes, i, bytes.length, out);
			}
		}
		return out.toByteArray();
	}

	private static String value(String name, byte[] bytes) {
		return AcceptedText.accept(name, AcceptedText.decodeUtf8(name, bytes));
	}

	private static byte[] decode(byte[] encoded, int from, int to) {
		var out = new ByteArrayOutputStream(to - from);
		for (int i = from; i < to; i++) {
			if (encoded[i] == '+') {
				out.write(' ');
			}
			else {
				i = decodeOne(encoded, i, to, out);
			}
		}
		return out.toByteArray();
	}

	// Writes the byte at i (or the one its %XX escape stands for); returns the index of its last character.
	private static int decodeOne(byte[] encoded, int i, int to, ByteArrayOutputStream out) {
		if (encoded[i] != '%') {
			out.write(encoded[i]);
			return i;
		}
		int high = i + 2 < to ? Character.digit(encoded[i + 1], 16) : -1;
		int low = i + 2 < to ? Character.digit(encoded[i + 2], 16) : -1;
		if (high < 0 || low < 0) {
			throw RefusedInput.unreadable("The request contains a malformed percent-escape (%).");
		}
		out.write(high * 16 + low);
		return i + 2;
	}

	private static int indexOf(byte[] bytes, byte wanted, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return bytes.length;
	}
}
