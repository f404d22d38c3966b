package org.falseos.casework.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Highlighted passages of a case: from the diary when the words are there, otherwise from the summary. */
final class CaseSnippets {

	private static final String[] FIELDS = { CaseFields.DIARY, CaseFields.SUMMARY };

	private static final int SHORT = 200;

	private final Analyzer analyzer;

	CaseSnippets(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	Map<Integer, String> of(IndexSearcher searcher, Query words, ScoreDoc[] docs) throws IOException {
		Map<Integer, String> snippets = new HashMap<>();
		if (docs.length == 0) {
			return snippets;
		}
		var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new MarkedPassageFormatter())
			.withWeightMatches(false)
			.build();
		int[] ids = new int[docs.length];
		for (int i = 0; i < docs.length; i++) {
			ids[i] = docs[i].doc;
		}
		Map<String, String[]> fields = highlighter.highlightFields(FIELDS, words, ids, new int[] { 1, 1 });
		for (int i = 0; i < ids.length; i++) {
			String diary = fields.get(CaseFields.DIARY)[i];
			String snippet = diary != null ? diary : fields.get(CaseFields.SUMMARY)[i];
			if (snippet != null) {
				snippets.put(ids[i], snippet);
			}
		}
		return snippets;
	}

	static String shortened(String text) {
		return text.length() <= SHORT ? text : text.substring(0, SHORT) + "…";
	}
}
