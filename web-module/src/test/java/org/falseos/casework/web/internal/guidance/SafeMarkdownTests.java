package org.falseos.casework.web.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTests {

	final SafeMarkdown markdown = new SafeMarkdown();

	@Test
	void rawHtmlIsShownAsTextNeverRun() {
		assertThat(markdown.html("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>"))
			.doesNotContain("<script", "<img", "onerror=alert(1)>")
			.contains("&lt;script&gt;");
	}

	@Test
	void onlyWebPhoneAndMailLinksSurvive() {
		String html = markdown.html("[a](javascript:alert(1)) [b](https://ic3.gov) [c](tel:101) [d](mailto:x@y.org) [e](data:text/html,x)");

		assertThat(html).contains("href=\"https://ic3.gov\"", "href=\"tel:101\"", "href=\"mailto:x@y.org\"")
			.doesNotContain("javascript:", "data:text");
	}

	@Test
	void theMarkdownSubsetRenders() {
		assertThat(markdown.html("Para one.\n\n- first\n- second\n\n**bold**"))
			.contains("<p>Para one.</p>", "<li>first</li>", "<strong>bold</strong>");
	}
}
