package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** A caseworker's first hour with a new client, in a real browser. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CaseworkBrowserTests extends BrowserTest {

	@TempDir
	Path files;

	@Test
	void intakeIncidentReferenceNumberEvidenceAndEscalation() throws Exception {
		signIn("caseworker");

		browser.get(url("/cases/new"));
		browser.findElement(By.id("clientCode")).sendKeys("NC-BROWSER-1");
		browser.findElement(By.id("summary")).sendKeys("Death threats from an account on X; address posted");
		browser.findElement(By.id("harm-threats")).click();
		browser.findElement(By.id("harm-doxxing")).click();
		browser.findElement(By.id("doxxedAddress")).click();
		submit("form.intake button[type=submit]");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case NC-BROWSER-1");
		assertThat(browser.findElement(By.id("overview")).getText()).contains("Swatting precautions from the guide");

		submit("#incident button[type=submit]");
		assertThat(browser.findElement(By.cssSelector("#incident .error-message")).getText()).isNotBlank();
		// The date-time picker's typing order depends on the browser's locale; set its value as a picker would.
		browser.executeScript("arguments[0].value = '2026-11-20T21:30'", browser.findElement(By.id("occurredAt")));
		fill("incident-platform", "X");
		fill("incident-description", "Reply under my photo: 'we know where you live'");
		submit("#incident button[type=submit]");
		assertThat(browser.findElement(By.id("diary")).getText()).contains("we know where you live", "1 incidents on 1 occasions");

		fill("agency", "Police Scotland");
		fill("number", "PS-20261120-0042");
		fill("officer", "PC 1234 Smith");
		submit("#reference button[type=submit]");
		assertThat(browser.findElement(By.id("references")).getText()).contains("PS-20261120-0042", "PC 1234 Smith");

		String casePage = browser.getCurrentUrl().replaceFirst("#.*$", "");
		browser.get(casePage + "/evidence");
		browser.findElement(By.cssSelector("#add-evidence > summary")).click();
		Path screenshot = files.resolve("threat.png");
		Files.write(screenshot, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 });
		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		fill("evidence-platform", "X");
		fill("evidence-username", "@Troll_99");
		new Select(browser.findElement(By.id("evidence-method"))).selectByValue("SCREENSHOT");
		submit("#evidence-form button[type=submit]");
		assertThat(browser.findElement(By.id("item-details")).getText()).contains("image/png", "SHA-256");
		assertThat(browser.findElement(By.id("item-heading")).getText()).isEqualTo("threat.png");
		browser.get(casePage);

		new Select(browser.findElement(By.id("rung"))).selectByValue("2");
		fill("escalation-note", "Asked 101 which officer owns the case");
		submit("#escalation-form button[type=submit]");
		assertThat(browser.findElement(By.id("escalation")).getText()).contains("Current rung 2 of 8", "Next step: 3.");
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		submit(".sign-in-form button[type=submit]");
	}

	/** Clicks a submit button and waits for the next page, so nothing is read from the old one. */
	private void submit(String button) {
		var element = browser.findElement(By.cssSelector(button));
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private void fill(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
