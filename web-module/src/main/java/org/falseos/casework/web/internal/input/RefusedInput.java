package org.falseos.casework.web.internal.input;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Input refused at the edge, before any module sees it: a 4xx with a message that names the field. The message is
 * always this application's own text, never an exception's.
 */
public class RefusedInput extends RuntimeException {

	public static final String UPLOAD_MALFORMED = "The upload could not be read: the multipart body is malformed or "
			+ "incomplete.";

	public static final String UPLOAD_TOO_LARGE = "The file is larger than the evidence locker accepts "
			+ "(falseos.evidence.max-size); nothing was stored.";

	private final HttpStatus status;

	private final String field;

	RefusedInput(HttpStatus status, String field, String message) {
		super(message, null, false, false);
		this.status = status;
		this.field = field;
	}

	public static RefusedInput of(String field, String message) {
		return new RefusedInput(HttpStatus.BAD_REQUEST, field, message);
	}

	static RefusedInput tooLarge(String field, String message) {
		return new RefusedInput(HttpStatus.CONTENT_TOO_LARGE, field, message);
	}

	/** The whole request is unreadable (no single field to name). */
	static RefusedInput unreadable(String message) {
		return new RefusedInput(HttpStatus.BAD_REQUEST, null, message);
	}

	public HttpStatus status() {
		return status;
	}

	/** The field's errors, as the API shows them; empty when no single field is at fault. */
	public Map<String, String> fields() {
		return field == null ? Map.of() : Map.of(field, getMessage());
	}
}
