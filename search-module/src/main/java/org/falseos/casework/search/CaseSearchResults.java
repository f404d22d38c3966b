package org.falseos.casework.search;

import java.util.List;

/** Cases found for one person: how many match in total and the best of them, with an HTML-escaped snippet. */
public record CaseSearchResults(long total, List<Result> results) {

	public CaseSearchResults {
		results = List.copyOf(results);
	}

	/** One case found; {@code snippet} is escaped HTML with the matched words in {@code <mark>}. */
	public record Result(String id, String clientCode, String team, String summary, String snippet, String url) {
	}
}
