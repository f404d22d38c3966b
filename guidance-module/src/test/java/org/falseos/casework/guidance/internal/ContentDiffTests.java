package org.falseos.casework.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.falseos.casework.guidance.ContentChange.Line;
import org.falseos.casework.guidance.ContentChange.Line.Kind;
import org.junit.jupiter.api.Test;

class ContentDiffTests {

	@Test
	void unchangedLinesAreKeptAndOnlyTheChangedLineIsReplaced() {
		var lines = ContentDiff.lines("Call 101.\nAsk for the number.\nWrite it down.",
				"Call 101.\nInsist on the number.\nWrite it down.");

		assertThat(lines).containsExactly(new Line(Kind.KEPT, "Call 101."), new Line(Kind.REMOVED, "Ask for the number."),
				new Line(Kind.ADDED, "Insist on the number."), new Line(Kind.KEPT, "Write it down."));
	}

	@Test
	void appendedLinesAreAdditions() {
		assertThat(ContentDiff.lines("a", "a\nb")).containsExactly(new Line(Kind.KEPT, "a"), new Line(Kind.ADDED, "b"));
	}
}
