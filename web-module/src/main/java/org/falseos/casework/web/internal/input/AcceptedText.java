package org.falseos.casework.web.internal.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for what text the system accepts from outside, applied at the edge to every JSON string, request
 * parameter, form field, path and upload file name: valid UTF-8 (never repaired into U+FFFD), no lone surrogates,
 * no control characters other than tab, line feed and the carriage return of a CR LF line break (which browsers
 * send from every text area). Accepted text is stored NFC-normalised; that is the only change ever made to it.
 */
public final class AcceptedText {

	private AcceptedText() {
	}

	/** The text as it is stored (NFC), or a refusal naming {@code field}. */
	public static String accept(String field, String value) {
		if (value == null) {
			return null;
		}
		problem(value).ifPresent(problem -> {
			throw RefusedInput.of(field, "The field '" + field + "' " + problem);
		});
		return Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	/** Why the text is not accepted ("contains …"), or empty when it is. */
	public static Optional<String> problem(CharSequence value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
					continue;
				}
				return Optional.of(loneSurrogate(c));
			}
			if (Character.isLowSurrogate(c)) {
				return Optional.of(loneSurrogate(c));
			}
			boolean lineBreak = c == '\n' || (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n');
			if (Character.isISOControl(c) && c != '\t' && !lineBreak) {
				return Optional.of("contains the control character " + codePoint(c)
						+ ", which is not accepted (only tab and line breaks are).");
			}
		}
		return Optional.empty();
	}

	/** Bytes that must be UTF-8, decoded strictly: malformed input is refused, never replaced. */
	public static String decodeUtf8(String field, byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw RefusedInput.of(field, "The field '" + field + "' is not valid UTF-8 text.");
		}
	}

	private static String loneSurrogate(char c) {
		return "contains a lone surrogate (" + codePoint(c) + "), which is not valid Unicode text.";
	}

	private static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}
}
