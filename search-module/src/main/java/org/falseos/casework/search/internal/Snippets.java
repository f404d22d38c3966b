package org.falseos.casework.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted snippets from Lucene's unified highlighter, reading offsets from the postings: the summary when the
 * query matches it (it is written to be read on its own), otherwise the best passages of the body.
 */
final class Snippets {

	private static final String[] FIELDS = { GuidanceFields.SUMMARY, GuidanceFields.BODY };

	private static final int[] PASSAGES = { 1, 2 };

	private final Analyzer analyzer;

	Snippets(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Snippets by document number; documents the query matched only in other fields have none. */
	Map<Integer, String> of(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
		Map<Integer, String> snippets = new HashMap<>();
		if (docs.length == 0) {
			return snippets;
		}
		var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new MarkedPassageFormatter())
			// Term by term: a whole phrase match can span sentences, and a synonym phrase marks its words.
			.withWeightMatches(false)
			.build();
		int[] ids = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			ids[i] = docs[i].doc;
		}
		Map<String, String[]> fields = highlighter.highlightFields(FIELDS, query, ids, PASSAGES);
		for (int i = 0; i < ids.length; i++) {
			String summary = fields.get(GuidanceFields.SUMMARY)[i];
			String snippet = summary != null ? summary : fields.get(GuidanceFields.BODY)[i];
			if (snippet != null) {
				snippets.put(ids[i], snippet);
			}
		}
		return snippets;
	}
}
