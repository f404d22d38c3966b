package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkedPassageFormatterTests {

	final MarkedPassageFormatter formatter = new MarkedPassageFormatter();

	@Test
	void everythingIsEscapedApartFromTheMarks() {
		String content = "Say <script>alert('x')</script> & stalking \"now\"";
		var passage = passage(0, content.length(), content.indexOf("stalking"), content.indexOf("stalking") + 8);

		assertThat(formatter.format(new Passage[] { passage }, content))
			.isEqualTo("Say &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>stalking</mark> &quot;now&quot;");
	}

	@Test
	void touchingMatchesShareOneMark() {
		String content = "crime reference number";
		var passage = passage(0, content.length(), 0, 5);
		passage.addMatch(5, 15, new BytesRef("reference"), 1);

		assertThat(formatter.format(new Passage[] { passage }, content))
			.isEqualTo("<mark>crime reference</mark> number");
	}

	@Test
	void passagesWithoutAMatchGiveNoSnippet() {
		var passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(5);

		assertThat(formatter.format(new Passage[] { passage }, "plain")).isNull();
	}

	private static Passage passage(int start, int end, int matchStart, int matchEnd) {
		var passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(end);
		passage.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
		return passage;
	}
}
