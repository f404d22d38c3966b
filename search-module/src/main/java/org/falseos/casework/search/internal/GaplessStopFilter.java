package org.falseos.casework.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Drops stop words without leaving position gaps. Lucene's StopFilter leaves a gap for each word it drops, and
 * synonym rules cannot be parsed over gaps ("pretending to be me"); dropping them everywhere, in the index and in
 * queries alike, keeps phrases such as "report to the police" and "report police" equal.
 */
final class GaplessStopFilter extends TokenFilter {

	private final CharArraySet stopWords;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	GaplessStopFilter(TokenStream input, CharArraySet stopWords) {
		super(input);
		this.stopWords = stopWords;
	}

	@Override
	public boolean incrementToken() throws IOException {
		while (input.incrementToken()) {
			if (!stopWords.contains(term.buffer(), 0, term.length())) {
				return true;
			}
		}
		return false;
	}
}
