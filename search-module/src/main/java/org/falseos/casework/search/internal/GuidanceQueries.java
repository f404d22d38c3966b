package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds the relevance query for what someone typed: every content field with its boost, the synonym graph,
 * boosted phrases, corrections of words the index does not know ("did you mean"), and a fuzzy widening for when
 * the exact query finds little.
 */
final class GuidanceQueries {

	/** Fewer exact hits than this and the search is widened with fuzzy matches. */
	static final int FEW_HITS = 3;

	private static final Map<String, Float> FIELD_BOOSTS = boosts(GuidanceFields.TITLE, 4f, GuidanceFields.SUMMARY,
			2f, GuidanceFields.FACTS, 1.2f, GuidanceFields.BODY, 1f);

	// Phrases over the short fields only: a synonym graph's phrase paths over long bodies cost more than they add.
	private static final Map<String, Float> PHRASE_BOOSTS = boosts(GuidanceFields.TITLE, 3f, GuidanceFields.SUMMARY,
			2f);

	private static final int PHRASE_SLOP = 2;

	private static final float CORRECTED_WEIGHT = 0.9f;

	private static final float FUZZY_WEIGHT = 0.5f;

	private final GuidanceAnalysis analysis;

	private final QueryBuilder builder;

	private final DirectSpellChecker spelling = new DirectSpellChecker();

	GuidanceQueries(GuidanceAnalysis analysis) {
		this.analysis = analysis;
		this.builder = new QueryBuilder(analysis.query());
		// "fake account" must stay a phrase when it stands in for "impersonation".
		builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
	}

	/** The query for the text, including corrections of unknown words, and the corrected text when there is one. */
	Prepared prepare(String text, IndexReader reader) {
		Query exact = exact(text);
		String corrected = corrected(text, reader);
		if (corrected == null) {
			return new Prepared(exact, null);
		}
		var query = new BooleanQuery.Builder().add(exact, Occur.SHOULD)
			.add(new BoostQuery(exact(corrected), CORRECTED_WEIGHT), Occur.SHOULD)
			.build();
		return new Prepared(query, corrected);
	}

	/** Field-boosted terms and synonyms, plus boosted phrases when more than one word was typed. */
	Query exact(String text) {
		var query = new BooleanQuery.Builder();
		FIELD_BOOSTS.forEach((field, boost) -> add(query, builder.createBooleanQuery(field, text), boost));
		if (tokens(analysis.text(), text).size() > 1) {
			PHRASE_BOOSTS.forEach((field, boost) -> add(query, builder.createPhraseQuery(field, text, PHRASE_SLOP), boost));
		}
		return query.build();
	}

	/** Typo tolerance: each stemmed word may be one or two edits away from a word in the guidance. */
	Query fuzzy(String text) {
		var query = new BooleanQuery.Builder();
		for (Token token : tokens(analysis.text(), text)) {
			int edits = token.term().length() >= 6 ? 2 : 1;
			for (String field : List.of(GuidanceFields.TITLE, GuidanceFields.SUMMARY, GuidanceFields.BODY)) {
				add(query, new FuzzyQuery(new Term(field, token.term()), edits, 1), FUZZY_WEIGHT);
			}
		}
		return query.build();
	}

	/** The text with each word the index does not know, even through synonyms, replaced by its closest term. */
	private String corrected(String text, IndexReader reader) {
		var out = new StringBuilder(text);
		boolean changed = false;
		List<Token> words = tokens(analysis.words(), text);
		for (Token word : words.reversed()) {
			if (word.term().length() < 4 || analysis.stopWords().contains(word.term()) || known(word.term(), reader)) {
				continue;
			}
			SuggestWord[] suggestions = suggest(word.term(), reader);
			if (suggestions.length > 0) {
				out.replace(word.start(), word.end(), suggestions[0].string);
				changed = true;
			}
		}
		return changed ? out.toString() : null;
	}

	private boolean known(String word, IndexReader reader) {
		try {
			if (reader.docFreq(new Term(GuidanceFields.SPELL, word)) > 0) {
				return true;
			}
			for (Token token : tokens(analysis.query(), word)) {
				for (String field : FIELD_BOOSTS.keySet()) {
					if (reader.docFreq(new Term(field, token.term())) > 0) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private SuggestWord[] suggest(String word, IndexReader reader) {
		try {
			return spelling.suggestSimilar(new Term(GuidanceFields.SPELL, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			var offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private static void add(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}

	private static Map<String, Float> boosts(Object... fieldsAndBoosts) {
		Map<String, Float> boosts = new LinkedHashMap<>();
		for (int i = 0; i < fieldsAndBoosts.length; i += 2) {
			boosts.put((String) fieldsAndBoosts[i], (Float) fieldsAndBoosts[i + 1]);
		}
		return boosts;
	}

	/** A query ready to run and, when words were corrected, the corrected text to offer. */
	record Prepared(Query query, String didYouMean) {
	}

	/** A word of the text and where it stands. */
	record Token(String term, int start, int end) {
	}
}
