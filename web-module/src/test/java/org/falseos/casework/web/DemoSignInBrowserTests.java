package org.falseos.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** Signing in with demo accounts in a real browser: the banner, the pages of each role, signing out. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class DemoSignInBrowserTests extends BrowserTest {

	@Test
	void caseworkerSignsInSeesTheirTeamButNotAdministrationAndSignsOut() {
		open("/");
		assertThat(browser.findElement(By.id("demo-banner")).getText()).contains("Demo mode");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("sign-in")).click();
		PageChecks.assertAccessible(browser);
		signIn("caseworker");

		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Signed in as Casey Worker (demo)");
		assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("CASEWORKER");
		assertThat(browser.findElement(By.id("teams")).getText()).isEqualTo("North");
		assertThat(browser.findElements(By.id("admin-link"))).isEmpty();
		assertThat(browser.findElement(By.id("demo-banner")).isDisplayed()).isTrue();
		PageChecks.assertAccessible(browser);

		open("/admin/sign-ins");
		assertThat(browser.findElement(By.id("not-allowed")).getText()).contains("do not have access");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.cssSelector("form.sign-out button")).click();
		assertThat(browser.findElement(By.id("signed-out")).getText()).isEqualTo("You have signed out.");
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
		open("/home");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void supervisorSeesTheTeamTheySupervise() {
		open("/login");
		signIn("supervisor");

		assertThat(browser.findElement(By.id("roles")).getText()).isEqualTo("SUPERVISOR");
		assertThat(browser.findElement(By.id("supervised-teams")).getText()).isEqualTo("North");
		PageChecks.assertAccessible(browser);
	}

	@Test
	void adminSignsInAndFindsTheirOwnSignInInTheAudit() {
		open("/login");
		signIn("admin");

		browser.findElement(By.id("admin-link")).click();
		browser.findElement(By.id("sign-ins-link")).click();
		var rows = browser.findElements(By.cssSelector("#sign-ins tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.getFirst().getText()).contains("admin").contains("SUCCEEDED").contains("form");
		PageChecks.assertAccessible(browser);

		open("/admin/accounts");
		assertThat(browser.findElement(By.id("accounts")).getText()).contains("caseworker2").contains("South");
		PageChecks.assertAccessible(browser);
	}

	@Test
	void aWrongPasswordShowsAnErrorAndNoPage() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys("editor");
		browser.findElement(By.id("password")).sendKeys("not-the-password");
		browser.findElement(By.cssSelector(".sign-in-form button")).click();

		assertThat(browser.findElement(By.id("sign-in-error")).getText()).contains("Sign-in failed");
		PageChecks.assertAccessible(browser);
		open("/home");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	private void signIn(String username) {
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		var button = browser.findElement(By.cssSelector(".sign-in-form button"));
		button.click();
		// The next page, not the sign-in page still on screen while the browser waits for it.
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}
}
