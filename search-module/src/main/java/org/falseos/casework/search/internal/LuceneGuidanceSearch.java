package org.falseos.casework.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.SearchQuery;
import org.falseos.casework.search.SearchResults;
import org.springframework.stereotype.Service;

@Service
class LuceneGuidanceSearch implements GuidanceSearch {

	private static final Map<String, Float> BOOSTS = Map.of(GuidanceFields.TITLE, 4f, GuidanceFields.SUMMARY, 2f,
			GuidanceFields.FACTS, 1.5f, GuidanceFields.BODY, 1f);

	private final GuidanceIndex index;

	private final Analyzer analyzer;

	private final Guidance guidance;

	LuceneGuidanceSearch(GuidanceIndex index, Analyzer analyzer, Guidance guidance) {
		this.index = index;
		this.analyzer = analyzer;
		this.guidance = guidance;
	}

	@Override
	public SearchResults search(SearchQuery query) {
		Query lucene = filtered(parse(query.text()), query);
		return index.withSearcher(searcher -> {
			int wanted = (query.page() + 1) * query.size();
			TopDocs top = searcher.search(lucene, wanted);
			List<SearchResults.Hit> hits = new ArrayList<>();
			ScoreDoc[] docs = top.scoreDocs;
			for (int i = query.page() * query.size(); i < docs.length; i++) {
				hits.add(toHit(searcher.storedFields().document(docs[i].doc)));
			}
			return new SearchResults(top.totalHits.value(), hits, Map.of(), null);
		});
	}

	@Override
	public int rebuild() {
		var items = guidance.allPublished();
		items.forEach(item -> index.upsert(item.id().toString(), GuidanceDocuments.of(item)));
		return items.size();
	}

	private Query parse(String text) {
		var parser = new MultiFieldQueryParser(BOOSTS.keySet().toArray(String[]::new), analyzer, BOOSTS);
		try {
			return parser.parse(QueryParser.escape(text));
		}
		catch (ParseException e) {
			throw new IllegalArgumentException("The search text could not be understood.", e);
		}
	}

	private static Query filtered(Query query, SearchQuery request) {
		var builder = new BooleanQuery.Builder().add(query, Occur.MUST);
		if (request.jurisdiction() != null) {
			builder.add(new TermQuery(new Term(GuidanceFields.JURISDICTION, request.jurisdiction())), Occur.FILTER);
		}
		if (request.kind() != null) {
			builder.add(new TermQuery(new Term(GuidanceFields.KIND, request.kind())), Occur.FILTER);
		}
		return builder.build();
	}

	private static SearchResults.Hit toHit(Document document) {
		String id = document.get(GuidanceFields.ID);
		String jurisdiction = document.get(GuidanceFields.JURISDICTION);
		return new SearchResults.Hit(id, document.get(GuidanceFields.TITLE), document.get(GuidanceFields.KIND),
				jurisdiction, Html.escape(document.get(GuidanceFields.SUMMARY)),
				"/guide/" + jurisdiction + "/" + id.substring(jurisdiction.length() + 1));
	}
}
