package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.2 A and AA rules, run in the browser on the page it shows. Every browser test calls this on
 * every page it visits. (The markup the server sent to the browser is kept by a test filter and checked by the
 * W3C Nu HTML checker later in the build.)
 */
public final class PageChecks {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private PageChecks() {
	}

	/** Fails with each violated rule and where on the page, naming the page's address. */
	public static void assertAccessible(WebDriver browser) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
		assertThat(results.getViolations())
			.as(() -> browser.getCurrentUrl() + ": " + results.getViolations().stream()
				.map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
					.map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
				.collect(Collectors.joining("; ")))
			.isEmpty();
	}
}
