package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A caseworker narrows the case list with the filter form and pages through it, without JavaScript's help. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CaseListBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Test
	void aCaseworkerFiltersTheListAndPagesThroughIt() {
		for (int i = 0; i < 55; i++) {
			cases.open(NORTH, new NewCase("CLB-" + i, "scotland", "Defamation on a forum, post " + i, null, null, null,
					null, Set.of("defamation"), null, false, false));
		}

		browser.get(url("/login"));
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("username")).sendKeys("caseworker");
		browser.findElement(By.id("password")).sendKeys("demo");
		click(browser.findElement(By.cssSelector(".sign-in-form button[type=submit]")));
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.id("nav-cases")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
		PageChecks.assertAccessible(browser);

		new Select(browser.findElement(By.id("harm"))).selectByValue("defamation");
		browser.findElement(By.id("scope-mine")).click();
		browser.findElement(By.id("status-open")).click();
		new Select(browser.findElement(By.id("sort"))).selectByValue("opened");
		click(browser.findElement(By.id("apply-filters")));
		assertThat(browser.getCurrentUrl()).contains("harm=defamation", "scope=mine", "status=open", "sort=opened");
		assertThat(browser.findElement(By.id("case-count")).getText()).matches("Showing 1–50 of [\\d,]+ cases");
		var firstPage = codes();
		assertThat(firstPage).hasSize(50).contains("CLB-54");
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.id("page-next")));
		assertThat(browser.getCurrentUrl()).contains("harm=defamation", "page=2");
		assertThat(browser.findElement(By.id("case-count")).getText()).startsWith("Showing 51–");
		assertThat(new Select(browser.findElement(By.id("harm"))).getFirstSelectedOption().getText())
			.isEqualTo("Defamation");
		var secondPage = codes();
		assertThat(secondPage).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.id("page-previous")));
		assertThat(codes()).isEqualTo(firstPage);
		PageChecks.assertAccessible(browser);

		var rung = browser.findElement(By.id("rung"));
		rung.clear();
		rung.sendKeys("99");
		click(browser.findElement(By.id("apply-filters")));
		assertThat(browser.findElement(By.id("no-cases")).getText()).contains("No cases match these filters.");
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.id("clear-filters-empty")));
		assertThat(browser.getCurrentUrl()).endsWith("/cases");
		assertThat(browser.findElements(By.cssSelector("#case-table a.case-link"))).isNotEmpty();
		PageChecks.assertAccessible(browser);
	}

	private Set<String> codes() {
		var codes = new HashSet<String>();
		browser.findElements(By.cssSelector("#case-table a.case-link")).forEach(link -> codes.add(link.getText()));
		return codes;
	}

	/** Clicks and waits for the next page, so nothing is read from the old one. */
	private void click(WebElement element) {
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
