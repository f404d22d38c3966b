package org.falseos.casework.web.internal.input;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a refused request through the application's error page: JSON for API callers, the error page for a
 * browser, both with the refusal's own message and field (see {@code SafeErrorAttributes}).
 */
public final class Refusals {

	/** The request attribute that carries the refusal to the error page. */
	public static final String ATTRIBUTE = Refusals.class.getName() + ".refusal";

	private Refusals() {
	}

	public static void send(HttpServletRequest request, HttpServletResponse response, RefusedInput refusal)
			throws IOException {
		request.setAttribute(ATTRIBUTE, refusal);
		response.sendError(refusal.status().value());
	}

	/** The refusal behind {@code failure}, wherever it was wrapped (multipart parsing wraps what it meets). */
	public static Optional<RefusedInput> in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RefusedInput refusal) {
				return Optional.of(refusal);
			}
		}
		return Optional.empty();
	}
}
