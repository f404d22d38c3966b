package org.falseos.casework.cases.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.InvalidCaseInput;

/** A correction's input: the corrected value's own rules, and a reason, all refused together. */
final class CorrectionRules {

	static final int REASON = 2_000;

	private CorrectionRules() {
	}

	/** Runs the corrected value's own check and adds the reason's; throws once with every field named. */
	static void check(Runnable valueCheck, String reason) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			valueCheck.run();
		}
		catch (InvalidCaseInput invalid) {
			errors.putAll(invalid.errors());
		}
		reason(errors, reason);
		if (!errors.isEmpty()) {
			throw new InvalidCaseInput(errors);
		}
	}

	static void checkReason(String reason) {
		check(() -> {
		}, reason);
	}

	private static void reason(Map<String, String> errors, String reason) {
		if (reason == null || reason.isBlank()) {
			errors.put("reason", "Say why: the earlier value stays in the case's history with your reason.");
		}
		else if (reason.length() > REASON) {
			errors.put("reason", "The reason is limited to " + String.format("%,d", REASON) + " characters.");
		}
	}
}
