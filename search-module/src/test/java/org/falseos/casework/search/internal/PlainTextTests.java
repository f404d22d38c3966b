package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

	@Test
	void markdownBecomesTheTextAReaderSees() {
		String markdown = """
				Call **101** or use [the portal](https://example.org/form).

				- dates and times
				- accounts and URLs
				""";

		assertThat(PlainText.of(markdown)).isEqualTo("Call 101 or use the portal.\ndates and times\naccounts and URLs");
	}

	@Test
	void rawHtmlStaysAsTextToBeEscapedLater() {
		assertThat(PlainText.of("Hello <b>there</b>")).isEqualTo("Hello <b>there</b>");
	}
}
