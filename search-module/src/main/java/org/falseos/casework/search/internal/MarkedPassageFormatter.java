package org.falseos.casework.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: everything escaped, matches wrapped in {@code <mark>}. Passages without a
 * match format to null, so callers can fall back to something else.
 */
final class MarkedPassageFormatter extends PassageFormatter {

	static final String ELLIPSIS = " … ";

	private static final String OPEN = "<mark>";

	private static final String CLOSE = "</mark>";

	@Override
	public String format(Passage[] passages, String content) {
		var out = new StringBuilder();
		boolean matched = false;
		for (Passage passage : passages) {
			matched |= passage.getNumMatches() > 0;
			if (!out.isEmpty()) {
				out.append(ELLIPSIS);
			}
			int position = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = passage.getMatchStarts()[i];
				int end = passage.getMatchEnds()[i];
				if (start > position) {
					out.append(Html.escape(content.substring(position, start)));
				}
				if (end > position) {
					boolean touching = start <= position && out.length() >= CLOSE.length()
							&& out.lastIndexOf(CLOSE) == out.length() - CLOSE.length();
					if (touching) {
						out.setLength(out.length() - CLOSE.length());
					}
					else {
						out.append(OPEN);
					}
					out.append(Html.escape(content.substring(Math.max(start, position), end))).append(CLOSE);
					position = end;
				}
			}
			out.append(Html.escape(content.substring(position, Math.max(position, passage.getEndOffset()))));
		}
		return matched ? out.toString().strip() : null;
	}
}
