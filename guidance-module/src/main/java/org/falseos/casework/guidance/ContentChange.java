package org.falseos.casework.guidance;

import java.util.List;

/** One field a draft changes, with a line-by-line comparison for reading. */
public record ContentChange(String field, String before, String after, List<Line> lines) {

	/** A line of the comparison: kept, removed (only before) or added (only after). */
	public record Line(Kind kind, String text) {

		public enum Kind {
			KEPT, REMOVED, ADDED
		}
	}
}
