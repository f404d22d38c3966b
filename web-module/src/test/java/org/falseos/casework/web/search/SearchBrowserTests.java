package org.falseos.casework.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Someone searches from the header box, gets suggestions as they type, filters by a facet and opens a result. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchBrowserTests extends BrowserTest {

	WebDriverWait wait;

	@BeforeEach
	void waitForPages() {
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@Test
	void searchFromTheHeaderFilterByKindAndOpenAResult() {
		browser.get("http://127.0.0.1:" + port + "/");
		WebElement box = browser.findElement(By.id("site-search"));

		box.sendKeys("stalk");
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("datalist#site-search-suggestions option[value='Stalking']")));
		box.sendKeys("ing", Keys.ENTER);

		wait.until(ExpectedConditions.urlContains("/search?q=stalking"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search guidance");
		assertThat(browser.findElement(By.id("results-heading")).getText()).contains("results for \"stalking\"");
		assertThat(browser.findElements(By.cssSelector(".result h3 a")).getFirst().getText()).isEqualTo("Stalking");
		assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

		WebElement offences = browser.findElement(By.cssSelector(".facets a[href*='kind=offence']"));
		offences.sendKeys(Keys.ENTER);

		wait.until(ExpectedConditions.urlContains("kind=offence"));
		assertThat(browser.findElement(By.cssSelector(".facets a[aria-current='true']")).getText()).contains("Offences");
		assertThat(browser.findElements(By.cssSelector(".result-meta")))
			.allSatisfy(kind -> assertThat(kind.getText()).isEqualTo("Offences"));

		browser.findElement(By.linkText("Stalking")).click();

		// The item page itself belongs to the guidance pages; here it is enough that the result leads there.
		wait.until(ExpectedConditions.urlToBe("http://127.0.0.1:" + port + "/guide/scotland/offence-stalking"));
	}

	@Test
	void aMisspellingOffersTheCorrection() {
		browser.get("http://127.0.0.1:" + port + "/search?q=sextorsion");

		WebElement correction = browser.findElement(By.cssSelector(".did-you-mean a"));
		assertThat(correction.getText()).isEqualTo("sextortion");
		correction.click();

		wait.until(ExpectedConditions.urlContains("q=sextortion"));
		assertThat(browser.findElements(By.cssSelector(".result h3 a")).getFirst().getText())
			.isEqualTo("Extortion / blackmail");
	}
}
