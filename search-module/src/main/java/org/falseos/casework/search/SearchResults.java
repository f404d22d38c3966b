package org.falseos.casework.search;

import java.util.List;
import java.util.Map;

/** One page of results, the facet counts over all matches, and a spelling suggestion when one helps. */
public record SearchResults(long total, List<Hit> results, Map<String, Map<String, Integer>> facets,
		String didYouMean) {

	/** One matching guidance item; the snippet is HTML-escaped apart from {@code <mark>} tags. */
	public record Hit(String id, String title, String kind, String jurisdiction, String snippet, String url) {
	}
}
