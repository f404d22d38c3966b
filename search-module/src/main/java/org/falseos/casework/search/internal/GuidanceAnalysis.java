package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.WordlistLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The analysers of the guidance index. Guidance text and queries go through the same chain (standard tokens,
 * possessives, lower case, ASCII folding, stop words, Porter stems); queries then also through the domain
 * synonyms of {@code search/synonyms.txt}, parsed with that same chain so rules match whatever form people type.
 * Synonyms apply at query time only, as a token graph, so editing them needs no re-indexing.
 */
final class GuidanceAnalysis {

	static final String STOP_WORDS = "search/stopwords.txt";

	static final String SYNONYMS = "search/synonyms.txt";

	// Porter turns these into "us", which people also type for the United States.
	private static final CharArraySet NOT_STEMMED = new CharArraySet(List.of("using", "used", "uses"), false);

	private final CharArraySet stopWords;

	private final Analyzer text;

	private final Analyzer words;

	private final Analyzer query;

	GuidanceAnalysis() {
		this.stopWords = loadStopWords();
		this.text = analyzer(stream -> stream);
		this.words = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
			}
		};
		SynonymMap synonyms = loadSynonyms(text);
		this.query = analyzer(stream -> new SynonymGraphFilter(stream, synonyms, true));
	}

	/** Guidance text: what the content fields are indexed with. */
	Analyzer text() {
		return text;
	}

	/** Unstemmed lower-case words: the spelling field and suggestions. */
	Analyzer words() {
		return words;
	}

	/** Queries: the text chain plus the synonym graph. */
	Analyzer query() {
		return query;
	}

	CharArraySet stopWords() {
		return stopWords;
	}

	/** What the index writer uses: words for the spelling field, text for everything else. */
	Analyzer indexing() {
		return new PerFieldAnalyzerWrapper(text, Map.of(GuidanceFields.SPELL, words));
	}

	private Analyzer analyzer(java.util.function.UnaryOperator<TokenStream> last) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(tokenizer);
				stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
				stream = new GaplessStopFilter(stream, stopWords);
				stream = new PorterStemFilter(new SetKeywordMarkerFilter(stream, NOT_STEMMED));
				return new TokenStreamComponents(tokenizer, last.apply(stream));
			}
		};
	}

	private static CharArraySet loadStopWords() {
		try (Reader reader = reader(STOP_WORDS)) {
			return WordlistLoader.getWordSet(reader, "#", new CharArraySet(128, false));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + STOP_WORDS, e);
		}
	}

	private static SynonymMap loadSynonyms(Analyzer analyzer) {
		var parser = new SolrSynonymParser(true, true, analyzer);
		try (Reader reader = reader(SYNONYMS)) {
			parser.parse(reader);
			return parser.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("Invalid synonym rule in " + SYNONYMS + ": " + e.getMessage(), e);
		}
	}

	private static Reader reader(String resource) throws IOException {
		return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
	}
}
