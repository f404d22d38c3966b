package org.falseos.casework.search;

import java.util.List;

/** Cases found for one person: how many match in total and the best of them, with an HTML-escaped snippet. */
public record CaseSearchResults(long total, List<Result> results) {

	/** What a case matched on, in {@link Result#matched()}. */
	public static final String CLIENT_CODE = "client-code";

	public static final String REFERENCE_NUMBER = "reference-number";

	public static final String IDENTIFIER = "identifier";

	public static final String SUMMARY = "summary";

	public static final String DIARY = "diary";

	public CaseSearchResults {
		results = List.copyOf(results);
	}

	/**
	 * One case found; {@code snippet} is escaped HTML with the matched words in {@code <mark>}; {@code matched}
	 * names what matched: {@link #CLIENT_CODE}, {@link #REFERENCE_NUMBER}, {@link #IDENTIFIER}, {@link #SUMMARY}, {@link #DIARY}.
	 */
	public record Result(String id, String clientCode, String team, String status, int rung, String summary,
			String snippet, List<String> matched, String url) {

		public Result {
			matched = List.copyOf(matched);
		}
	}
}
