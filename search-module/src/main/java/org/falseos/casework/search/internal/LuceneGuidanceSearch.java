package org.falseos.casework.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TotalHits;
import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.RebuildStatus;
import org.falseos.casework.search.SearchQuery;
import org.falseos.casework.search.SearchResults;
import org.falseos.casework.search.Suggestion;
import org.springframework.stereotype.Service;

/**
 * Guidance search on the Lucene index: the relevance query, filters as drill-downs with facet counts over all
 * matches (drill sideways, so each facet still shows the other choices), a fuzzy second pass when the first finds
 * little, and highlighted snippets.
 */
@Service
class LuceneGuidanceSearch implements GuidanceSearch {

	static final List<String> FACET_DIMENSIONS = List.of(GuidanceFields.JURISDICTION, GuidanceFields.KIND);

	private static final Set<String> HIT_FIELDS = Set.of(GuidanceFields.ID, GuidanceFields.TITLE, GuidanceFields.KIND,
			GuidanceFields.JURISDICTION, GuidanceFields.SUMMARY);

	private final GuidanceIndex index;

	private final GuidanceQueries queries;

	private final Snippets snippets;

	private final GuidanceSuggestions suggestions;

	private final IndexRebuild rebuild;

	private volatile SortedSetDocValuesReaderState facetState;

	LuceneGuidanceSearch(GuidanceIndex index, GuidanceQueries queries, GuidanceAnalysis analysis,
			GuidanceSuggestions suggestions, IndexRebuild rebuild) {
		this.index = index;
		this.queries = queries;
		this.snippets = Snippets.forGuidance(analysis.text());
		this.suggestions = suggestions;
		this.rebuild = rebuild;
	}

	@Override
	public SearchResults search(SearchQuery query) {
		return index.withSearcher(searcher -> {
			if (searcher.getIndexReader().numDocs() == 0) {
				return new SearchResults(0, List.of(), Map.of(), null);
			}
			var prepared = queries.prepare(query.text(), searcher.getIndexReader());
			int wanted = (query.page() + 1) * query.size();
			Query relevance = prepared.query();
			Outcome result = run(searcher, relevance, query, wanted);
			if (result.total() < GuidanceQueries.FEW_HITS) {
				relevance = new BooleanQuery.Builder().add(relevance, Occur.SHOULD)
					.add(queries.fuzzy(query.text()), Occur.SHOULD)
					.build();
				result = run(searcher, relevance, query, wanted);
			}
			ScoreDoc[] page = pageOf(result.hits().hits.scoreDocs, query);
			Map<Integer, String> snippetsByDoc = snippets.of(searcher, relevance, page);
			List<SearchResults.Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : page) {
				hits.add(toHit(searcher.storedFields().document(doc.doc, HIT_FIELDS), snippetsByDoc.get(doc.doc)));
			}
			return new SearchResults(result.total(), hits, facets(result.hits()), prepared.didYouMean());
		});
	}

	@Override
	public List<Suggestion> suggest(String typed, int limit) {
		return suggestions.lookup(typed, Math.clamp(limit, 1, 20));
	}

	@Override
	public RebuildStatus startRebuild() {
		return rebuild.start();
	}

	@Override
	public RebuildStatus rebuildStatus() {
		return rebuild.status();
	}

	private Outcome run(IndexSearcher searcher, Query relevance, SearchQuery query, int wanted) throws IOException {
		var drillDown = new DrillDownQuery(GuidanceFields.FACETS, relevance);
		if (query.jurisdiction() != null) {
			drillDown.add(GuidanceFields.JURISDICTION, query.jurisdiction());
		}
		if (query.kind() != null) {
			drillDown.add(GuidanceFields.KIND, query.kind());
		}
		var result = new DrillSideways(searcher, GuidanceFields.FACETS, facetState(searcher)).search(drillDown, wanted);
		TotalHits total = result.hits.totalHits;
		return new Outcome(result,
				total.relation() == TotalHits.Relation.EQUAL_TO ? total.value() : searcher.count(drillDown));
	}

	/** Facet ordinals are per reader; rebuilt only when a refresh brought a new one. */
	private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
		SortedSetDocValuesReaderState state = facetState;
		if (state == null || state.getReader() != searcher.getIndexReader()) {
			state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), GuidanceFields.FACETS);
			facetState = state;
		}
		return state;
	}

	private static ScoreDoc[] pageOf(ScoreDoc[] docs, SearchQuery query) {
		int from = Math.min(docs.length, query.page() * query.size());
		int to = Math.min(docs.length, from + query.size());
		var page = new ScoreDoc[to - from];
		System.arraycopy(docs, from, page, 0, page.length);
		return page;
	}

	private static Map<String, Map<String, Integer>> facets(DrillSidewaysResult result) throws IOException {
		Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
		for (String dimension : FACET_DIMENSIONS) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			FacetResult top = result.facets.getTopChildren(50, dimension);
			if (top != null) {
				for (LabelAndValue value : top.labelValues) {
					counts.put(value.label, value.value.intValue());
				}
			}
			facets.put(dimension, counts);
		}
		return facets;
	}

	private static SearchResults.Hit toHit(Document document, String snippet) {
		String id = document.get(GuidanceFields.ID);
		return new SearchResults.Hit(id, document.get(GuidanceFields.TITLE), document.get(GuidanceFields.KIND),
				document.get(GuidanceFields.JURISDICTION),
				snippet != null ? snippet : Html.escape(document.get(GuidanceFields.SUMMARY)), Urls.of(id));
	}

	/** The hits and facets of one run, and the exact number of matches. */
	private record Outcome(DrillSidewaysResult hits, long total) {
	}
}
