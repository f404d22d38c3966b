package org.falseos.casework.cases;

import java.time.Instant;

/**
 * Provenance of a piece of evidence as the caseworker records it: when and where it was captured, the username
 * shown on it and how it was captured. Only the method is required (a plain file when not said).
 */
public record CaptureMetadata(Instant capturedAt, String sourceUrl, String platform, String usernameShown,
		CaptureMethod method) {

	public CaptureMetadata {
		method = method == null ? CaptureMethod.FILE : method;
	}

	public static CaptureMetadata of(CaptureMethod method) {
		return new CaptureMetadata(null, null, null, null, method);
	}
}
