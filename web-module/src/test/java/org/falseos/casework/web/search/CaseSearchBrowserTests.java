package org.falseos.casework.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A caseworker types a crime reference into the header box written another way than it was recorded, lands on
 * their case results (not the guidance), and opens the case; every page passes axe-core's WCAG A and AA checks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CaseSearchBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Autowired
	CaseSearch search;

	WebDriverWait wait;

	@BeforeEach
	void waitForPages() {
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

	@Test
	void referenceNumberTypedAnotherWayInTheHeaderBoxFindsTheCase() {
		int digits = ThreadLocalRandom.current().nextInt(1000, 9999);
		String code = "CSB-" + digits;
		CaseId id = cases.open(NORTH, NewCase.of(code, "scotland", "Threatening calls at work"));
		cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police Scotland", "SCO/" + digits + "/26"));
		await().atMost(Duration.ofSeconds(20)).until(() -> search.search(NORTH, "SCO" + digits + "26").total() > 0);

		signIn("caseworker");
		assertThat(browser.findElement(By.id("site-search-in")).getAttribute("value")).isEqualTo("guidance");
		assertAccountOnOneLineBesideTheBrand();
		PageChecks.assertAccessible(browser);

		WebElement box = browser.findElement(By.id("site-search"));
		box.sendKeys("sco-" + digits + "-26", Keys.ENTER);
		wait.until(ExpectedConditions.stalenessOf(box));

		assertThat(browser.getCurrentUrl()).contains("/cases/search?q=sco-" + digits + "-26");
		assertThat(browser.findElement(By.id("cases-first")).getText()).contains("looks like a reference number");
		WebElement hit = browser.findElement(By.cssSelector("#case-results li[data-case-id='" + id.id() + "']"));
		assertThat(hit.findElement(By.cssSelector(".case-result-matched")).getText()).isEqualTo("reference number");
		assertThat(browser.findElement(By.id("site-search-in")).getAttribute("value")).isEqualTo("cases");
		assertAccountOnOneLineBesideTheBrand();
		PageChecks.assertAccessible(browser);

		WebElement link = hit.findElement(By.linkText(code));
		link.click();
		wait.until(ExpectedConditions.stalenessOf(link));
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + id.id());
		PageChecks.assertAccessible(browser);
	}

	@Test
	void theCaseSearchPageHelpsWithAnEmptyQueryAndSaysWhenNothingMatched() {
		signIn("supervisor");
		browser.get(url("/cases/search"));
		assertThat(browser.findElement(By.id("case-search-help")).getText()).contains("SCO/1234/26", "@troll_99");
		assertAccountOnOneLineBesideTheBrand();
		PageChecks.assertAccessible(browser);

		WebElement box = browser.findElement(By.id("case-search-q"));
		// Letters only: a word, not something shaped like a reference number.
		box.sendKeys("zzqx" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36)
			.replaceAll("[0-9]", "q"));
		browser.findElement(By.id("case-search-submit")).click();
		wait.until(ExpectedConditions.stalenessOf(box));
		assertThat(browser.findElement(By.id("case-results-heading")).getText()).startsWith("No cases found");
		assertThat(browser.findElement(By.id("search-guidance-for-it")).getAttribute("href")).contains("in=guidance-only");
		PageChecks.assertAccessible(browser);
	}

	/** At 1280 pixels the signed-in name stays on one line, in the header's first row. */
	private void assertAccountOnOneLineBesideTheBrand() {
		WebElement name = browser.findElement(By.id("signed-in-as"));
		WebElement brand = browser.findElement(By.cssSelector(".site-header .brand"));
		Number lines = (Number) browser.executeScript("return arguments[0].getClientRects().length", name);
		assertThat(lines.intValue()).as("lines of the signed-in name").isEqualTo(1);
		assertThat(Math.abs(name.getRect().getY() - brand.getRect().getY())).as("account beside the brand")
			.isLessThan(brand.getRect().getHeight());
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		var button = browser.findElement(By.cssSelector(".sign-in-form button[type=submit]"));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
