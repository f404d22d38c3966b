package org.falseos.casework.cases;

import java.util.Arrays;

/** How a piece of evidence was captured; a file received as it is counts as {@code FILE}. */
public enum CaptureMethod {

	SCREENSHOT, SCREEN_RECORDING, EMAIL_WITH_HEADERS, FILE;

	public static CaptureMethod fromSlug(String value) {
		String wanted = value == null ? "" : value.strip().replace('-', '_');
		return Arrays.stream(values()).filter(method -> method.name().equalsIgnoreCase(wanted)).findFirst()
			.orElseThrow(() -> InvalidCaseInput.of("method",
					"Method must be one of screenshot, screen-recording, email-with-headers, file."));
	}
}
