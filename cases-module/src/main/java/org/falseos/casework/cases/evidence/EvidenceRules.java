package org.falseos.casework.cases.evidence;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.InvalidCaseInput;

/** What the locker accepts as a file name and capture metadata; every refusal names the field. */
final class EvidenceRules {

	// The uploader's clock and the server's may differ a little, no more.
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private EvidenceRules() {
	}

	static void check(String fileName, CaptureMetadata capture) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (fileName == null || fileName.isBlank()) {
			errors.put("file", "Choose the file to upload; it needs a name.");
		}
		else if (fileName.length() > 255) {
			errors.put("file", "The file name is limited to 255 characters.");
		}
		else if (fileName.chars().anyMatch(Character::isISOControl)) {
			errors.put("file", "The file name contains control characters; rename the file and upload it again.");
		}
		if (capture == null) {
			errors.put("method", "Say how the evidence was captured.");
		}
		else {
			if (capture.capturedAt() != null && capture.capturedAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
				errors.put("capturedAt", "Evidence cannot have been captured in the future.");
			}
			length(errors, "platform", capture.platform(), 100);
			length(errors, "usernameShown", capture.usernameShown(), 500);
			url(errors, capture.sourceUrl());
		}
		if (!errors.isEmpty()) {
			throw new InvalidCaseInput(errors);
		}
	}

	static void checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidCaseInput.of("reason", "Give the reason for deleting this evidence; it stays in the custody log.");
		}
		if (reason.length() > 2_000) {
			throw InvalidCaseInput.of("reason", "The reason is limited to 2,000 characters.");
		}
	}

	private static void length(Map<String, String> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.put(field, "This field is limited to " + String.format("%,d", max) + " characters.");
		}
	}

	private static void url(Map<String, String> errors, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			String scheme = URI.create(value.strip()).getScheme();
			if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
				errors.put("sourceUrl", "Give the web address starting with http:// or https://.");
			}
		}
		catch (IllegalArgumentException e) {
			errors.put("sourceUrl", "This is not a web address.");
		}
		length(errors, "sourceUrl", value, 2_000);
	}
}
