package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests extends BrowserTest {

	@Test
	void homePageShowsTheProductAndLinksToTheScottishGuide() {
		browser.get("http://127.0.0.1:" + port + "/");

		assertThat(browser.getTitle()).contains("FalseOS Casework");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("FalseOS Casework");
		assertThat(browser.findElement(By.cssSelector("a[href='/guide/scotland']")).getText())
			.contains("Scotland");
		assertThat(browser.findElement(By.cssSelector("footer")).getText()).contains("999");
		PageChecks.assertAccessible(browser);
	}
}
