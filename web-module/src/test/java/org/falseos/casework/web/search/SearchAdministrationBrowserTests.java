package org.falseos.casework.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An administrator (the demo admin account) signs in, rebuilds the search index and watches it finish.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class SearchAdministrationBrowserTests extends BrowserTest {

	@Test
	void anAdministratorRebuildsTheIndexAndWatchesItFinish() {
		browser.get("http://127.0.0.1:" + port + "/admin/search");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector(".sign-in-form button[type='submit']")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/admin/search"));
		PageChecks.assertAccessible(browser);
		browser.findElement(By.xpath("//button[normalize-space()='Rebuild the search index']")).click();

		new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300))
			.withMessage(() -> "the rebuild never showed as done; the page at " + browser.getCurrentUrl() + " was: "
					+ browser.findElement(By.tagName("body")).getText())
			.until(driver -> {
			driver.navigate().refresh();
			return driver.findElement(By.id("rebuild-progress")).getText().startsWith("Done:");
		});
		assertThat(browser.findElement(By.id("rebuild-progress")).getText()).matches("Done: (\\d+) of \\1 indexed, finished .* UTC");
		PageChecks.assertAccessible(browser);
	}
}
