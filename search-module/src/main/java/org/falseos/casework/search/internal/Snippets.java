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
 * Highlighted snippets from Lucene's unified highlighter, reading offsets from the postings: passages of the
 * preferred field when the query matches it, otherwise of the fallback field. Guidance prefers its summary (written
 * to be read on its own) over the body; cases prefer the diary over the summary.
 */
final class Snippets {

	private static final int SHORT = 200;

	private final Analyzer analyzer;

	private final String[] fields;

	private final int[] passages;

	Snippets(Analyzer analyzer, String preferred, int preferredPassages, String fallback, int fallbackPassages) {
		this.analyzer = analyzer;
		this.fields = new String[] { preferred, fallback };
		this.passages = new int[] { preferredPassages, fallbackPassages };
	}

	static Snippets forGuidance(Analyzer analyzer) {
		return new Snippets(analyzer, GuidanceFields.SUMMARY, 1, GuidanceFields.BODY, 2);
	}

	static Snippets forCases(Analyzer analyzer) {
		return new Snippets(analyzer, CaseFields.DIARY, 1, CaseFields.SUMMARY, 1);
	}

	/** The start of a text, for a result that has no highlighted passage. */
	static String shortened(String text) {
		return text.length() <= SHORT ? text : text.substring(0, SHORT) + "…";
	}

	/** Snippets by document number; documents the query matched only in other fields have none. */
	Map<Integer, String> of(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
		Map<Integer, String> snippets = new HashMap<>();
		byField(searcher, query, docs).forEach((doc, passages) -> {
			String preferred = passages.get(fields[0]);
			String snippet = preferred != null ? preferred : passages.get(fields[1]);
			if (snippet != null) {
				snippets.put(doc, snippet);
			}
		});
		return snippets;
	}

	/**
	 * Each document's highlighted passages by field, for the fields the query matched in it: which also says where
	 * a free-text query matched.
	 */
	Map<Integer, Map<String, String>> byField(IndexSearcher searcher, Query query, ScoreDoc[] docs,
			String... moreFields) throws IOException {
		Map<Integer, Map<String, String>> passagesByDoc = new HashMap<>();
		if (docs.length == 0) {
			return passagesByDoc;
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
		String[] all = new String[fields.length + moreFields.length];
		int[] counts = new int[all.length];
		for (int f = 0; f < all.length; f++) {
			all[f] = f < fields.length ? fields[f] : moreFields[f - fields.length];
			counts[f] = f < fields.length ? passages[f] : 1;
		}
		Map<String, String[]> found = highlighter.highlightFields(all, query, ids, counts);
		for (int i = 0; i < ids.length; i++) {
			Map<String, String> byField = new HashMap<>();
			for (String field : all) {
				if (found.get(field)[i] != null) {
					byField.put(field, found.get(field)[i]);
				}
			}
			passagesByDoc.put(ids[i], byField);
		}
		return passagesByDoc;
	}
}
