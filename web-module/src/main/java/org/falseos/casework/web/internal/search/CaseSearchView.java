package org.falseos.casework.web.internal.search;

import java.util.List;
import java.util.Map;

import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.CaseSearchResults;

/** What the case search page shows: the hits with what each matched, and the way to the guidance instead. */
record CaseSearchView(String text, CaseSearchResults results, boolean referenceShaped, String guidanceUrl) {

	private static final Map<String, String> MATCH_LABELS = Map.of(CaseSearchResults.CLIENT_CODE, "client code",
			CaseSearchResults.REFERENCE_NUMBER,
			"reference number", CaseSearchResults.IDENTIFIER, "perpetrator identifier", CaseSearchResults.SUMMARY,
			"summary", CaseSearchResults.DIARY, "diary");

	/** {@code referenceShaped}: the header box sends such text here first, so the page offers the guidance. */
	static CaseSearchView of(String text, CaseSearchResults results) {
		return new CaseSearchView(text, results, CaseSearch.looksLikeReferenceNumber(text),
				SearchScope.url("/search", "q", text, "in", SearchScope.GUIDANCE_ONLY));
	}

	/** "reference number, diary": what a case matched, as people read it. */
	public String matchedLabel(List<String> matched) {
		return String.join(", ", matched.stream().map(match -> MATCH_LABELS.getOrDefault(match, match)).toList());
	}

	public String statusLabel(String status) {
		return status == null ? "" : status.toLowerCase();
	}

	public String rungLabel(int rung) {
		return rung == 0 ? "not started" : "rung " + rung;
	}
}
