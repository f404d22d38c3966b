package org.falseos.casework.web.internal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.Role;

/**
 * Where the header search box sends a query ({@code in}): caseworkers and supervisors choose cases or guidance;
 * everyone else searches guidance. A query shaped like a reference number ({@link CaseSearch#looksLikeReferenceNumber})
 * searches cases first for those who may search cases, unless they asked for guidance only (the link the case
 * results offer).
 */
final class SearchScope {

	static final String CASES = "cases";

	static final String GUIDANCE_ONLY = "guidance-only";

	static final String GUIDANCE = "guidance";

	static final String UNKNOWN = "Search in (in) must be 'guidance' or 'cases'.";

	private SearchScope() {
	}

	/** Absent, or one of the choices: anything else is refused rather than taken for guidance. */
	static boolean isKnown(String in) {
		return in == null || in.equals(GUIDANCE) || in.equals(CASES) || in.equals(GUIDANCE_ONLY);
	}

	/** The case search address to redirect to, or empty to search guidance here. */
	static Optional<String> caseSearchFor(Optional<CurrentUser> user, String in, String q) {
		boolean mayCases = user.map(SearchScope::maySearchCases).orElse(false);
		if (!mayCases || q == null || GUIDANCE_ONLY.equals(in)) {
			return Optional.empty();
		}
		if (CASES.equals(in)) {
			return Optional.of(url("/cases/search", "q", q));
		}
		if (CaseSearch.looksLikeReferenceNumber(q)) {
			return Optional.of(url("/cases/search", "q", q));
		}
		return Optional.empty();
	}

	/** A path with query parameters, every character of the values that could mean something encoded. */
	static String url(String path, String... namesAndValues) {
		var url = new StringBuilder(path);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			url.append(i == 0 ? '?' : '&').append(namesAndValues[i]).append('=')
				.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return url.toString();
	}

	static boolean maySearchCases(CurrentUser user) {
		return user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR);
	}
}
