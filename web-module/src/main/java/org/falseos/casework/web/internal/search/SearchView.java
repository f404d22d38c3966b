package org.falseos.casework.web.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.SearchQuery;
import org.falseos.casework.search.SearchResults;
import org.springframework.web.util.UriComponentsBuilder;

/** What the results page shows: the hits, facet links that add or clear a filter, and page links. */
record SearchView(SearchQuery query, SearchResults results, List<Facet> facets, String didYouMeanUrl,
		String previousUrl, String nextUrl, int firstShown, int lastShown) {

	private static final Map<String, String> KIND_LABELS = Map.of("emergency", "Emergency", "channel",
			"Ways to report", "national-body", "National bodies", "offence", "Offences", "note", "Good to know",
			"cross-border", "Another country", "ladder-rung", "Escalation ladder", "essential", "Essentials");

	static SearchView of(SearchQuery query, SearchResults results, Map<String, String> jurisdictionNames) {
		List<Facet> facets = List.of(
				facet("jurisdiction", "Jurisdiction", query.jurisdiction(), results, jurisdictionNames, query),
				facet("kind", "Kind of guidance", query.kind(), results, KIND_LABELS, query));
		String didYouMean = results.didYouMean() == null ? null
				: url(new SearchQuery(results.didYouMean(), query.jurisdiction(), query.kind(), 0, query.size()));
		boolean more = (long) (query.page() + 1) * query.size() < results.total();
		int first = query.page() * query.size() + 1;
		return new SearchView(query, results, facets, didYouMean, query.page() > 0 ? page(query, query.page() - 1) : null,
				more ? page(query, query.page() + 1) : null, first, first + results.results().size() - 1);
	}

	/** The label people read for a kind of guidance. */
	public String kindLabel(String kind) {
		return KIND_LABELS.getOrDefault(kind, kind);
	}

	private static Facet facet(String name, String heading, String selected, SearchResults results,
			Map<String, String> labels, SearchQuery query) {
		List<FacetValue> values = new ArrayList<>();
		results.facets().getOrDefault(name, Map.of()).forEach((value, count) -> {
			String jurisdiction = name.equals("jurisdiction") ? value : query.jurisdiction();
			String kind = name.equals("kind") ? value : query.kind();
			values.add(new FacetValue(labels.getOrDefault(value, value), count, value.equals(selected),
					url(new SearchQuery(query.text(), jurisdiction, kind, 0, query.size()))));
		});
		String clearUrl = selected == null ? null
				: url(new SearchQuery(query.text(), name.equals("jurisdiction") ? null : query.jurisdiction(),
						name.equals("kind") ? null : query.kind(), 0, query.size()));
		return new Facet(name, heading, values, clearUrl);
	}

	private static String page(SearchQuery query, int page) {
		return url(new SearchQuery(query.text(), query.jurisdiction(), query.kind(), page, query.size()));
	}

	private static String url(SearchQuery query) {
		var uri = UriComponentsBuilder.fromPath("/search").queryParam("q", query.text());
		if (query.jurisdiction() != null) {
			uri.queryParam("jurisdiction", query.jurisdiction());
		}
		if (query.kind() != null) {
			uri.queryParam("kind", query.kind());
		}
		if (query.page() > 0) {
			uri.queryParam("page", query.page());
		}
		if (CaseSearch.looksLikeReferenceNumber(query.text())) {
			// Otherwise the header box's rule would send a caseworker following this link to their cases.
			uri.queryParam("in", SearchScope.GUIDANCE_ONLY);
		}
		return uri.encode().build().toUriString();
	}

	/** One facet: its values with counts and links, and a link that clears its filter when one is set. */
	record Facet(String name, String heading, List<FacetValue> values, String clearUrl) {
	}

	/** One value of a facet and the link that filters by it. */
	record FacetValue(String label, int count, boolean selected, String url) {
	}
}
