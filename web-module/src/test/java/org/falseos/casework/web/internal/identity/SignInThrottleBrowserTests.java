package org.falseos.casework.web.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.falseos.casework.web.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * An administrator finds the sign-in throttles page from the admin page, sees a name paused for one address and
 * lifts the pause; the page passes axe-core's WCAG 2.1 A and AA checks before and after.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class SignInThrottleBrowserTests extends BrowserTest {

	@Test
	void anAdministratorSeesAPausedNameAndLiftsThePause() {
		var attacker = new WebClient(port, "127.0.0.2");
		for (int attempt = 1; attempt <= 5; attempt++) {
			attacker.getWithBasic("/api/me", "caseworker", "Wrong-Zebra-Password");
		}
		assertThat(attacker.getWithBasic("/api/me", "caseworker", "demo").statusCode()).isEqualTo(429);

		browser.get("http://127.0.0.1:" + port + "/admin");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector(".sign-in-form button[type='submit']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/admin?continue"));
		browser.findElement(By.id("sign-in-throttles-link")).click();

		var row = browser.findElement(By.xpath("//table[@id='name-throttles']//tr[td[1]='caseworker' and td[2]='127.0.0.2']"));
		assertThat(row.findElement(By.xpath("td[3]")).getText()).isEqualTo("5");
		assertThat(row.findElement(By.xpath("td[5]")).getText()).isNotEqualTo("not paused");
		assertNoAccessibilityViolations();

		row.findElement(By.tagName("button")).click();
		assertThat(browser.findElement(By.id("throttle-notice")).getText())
			.isEqualTo("Cleared the failures of “caseworker” from 127.0.0.2.");
		assertThat(browser.findElements(By.xpath("//table[@id='name-throttles']//tr[td[1]='caseworker']"))).isEmpty();
		assertNoAccessibilityViolations();

		assertThat(attacker.getWithBasic("/api/me", "caseworker", "demo").statusCode()).isEqualTo(200);
	}

	private void assertNoAccessibilityViolations() {
		PageChecks.assertAccessible(browser);
	}
}
