package org.falseos.casework.web.internal.cases;

import java.util.Locale;

import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CustodyAction;
import org.springframework.stereotype.Component;

/** Evidence as people read it on the pages; used from templates as {@code @evidenceFormat.size(..)}. */
@Component("evidenceFormat")
public class EvidenceFormat {

	// Enough of a SHA-256 to tell files apart at a glance; the full value is always one step away.
	private static final int SHORT_SHA = 12;

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + (bytes == 1 ? " byte" : " bytes");
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.UK, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	public String shortSha(String sha256) {
		return sha256 == null || sha256.length() <= SHORT_SHA ? sha256 : sha256.substring(0, SHORT_SHA) + "…";
	}

	public String method(CaptureMethod method) {
		return method == null ? "" : words(method.name());
	}

	public String action(CustodyAction action) {
		return action == null ? "" : words(action.name());
	}

	private static String words(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
