package org.falseos.casework.web.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GuideBrowserTests extends BrowserTest {

	@Test
	void aVictimFollowsTheCrossBorderPickerToNewZealandsGuide() {
		browser.get("http://127.0.0.1:" + port + "/guide/scotland");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reporting online harassment in Scotland");
		assertThat(browser.findElement(By.cssSelector(".urgent h2")).getText()).contains("999");
		PageChecks.assertAccessible(browser);

		new Select(browser.findElement(By.id("country"))).selectByVisibleText("New Zealand");
		var submit = browser.findElement(By.cssSelector("form.picker button[type=submit]"));
		submit.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(submit));

		assertThat(browser.getCurrentUrl()).endsWith("/guide/scotland/cross-border-new-zealand");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("New Zealand");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Fastest lever in New Zealand",
				"0508 638 723", "The honest truth");
		PageChecks.assertAccessible(browser);
	}

	@Test
	void theSkipLinkIsTheFirstThingTheKeyboardReaches() {
		browser.get("http://127.0.0.1:" + port + "/guide/scotland");

		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
	}
}
