package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A caseworker adds a screenshot to the locker (after a refused first try that keeps every field), checks its
 * integrity and reads its chain of custody; the team's supervisor deletes it with a reason, after a refused empty
 * one. Without JavaScript's help; every page passes axe-core's WCAG 2.2 A and AA checks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class EvidenceBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@TempDir
	Path files;

	@Autowired
	Cases cases;

	@Test
	void uploadAfterARefusalCheckIntegrityReadTheCustodyLogAndDeleteWithAReason() throws Exception {
		CaseId id = cases.open(NORTH, NewCase.of("EB-1", "scotland", "Threats on X"));
		Path screenshot = files.resolve("threat.png");
		byte[] content = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		Files.write(screenshot, content);

		signIn("caseworker");
		browser.get(url("/cases/" + id + "/evidence"));
		assertThat(browser.findElement(By.id("no-evidence")).getText()).isEqualTo("No evidence yet.");
		assertThat(browser.findElement(By.id("tab-evidence")).getAttribute("aria-current")).isEqualTo("page");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.cssSelector("#add-evidence > summary")).click();
		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		fill("evidence-platform", "X");
		fill("evidence-username", "@Troll_99");
		fill("evidence-source", "https://x.com/troll_99/status/1");
		// The date-time picker's typing order depends on the browser's locale; set its value as a picker would.
		browser.executeScript("arguments[0].value = '2026-07-01T10:30'", browser.findElement(By.id("evidence-captured")));
		submit("#evidence-form button[type=submit]");

		assertThat(browser.findElement(By.id("error-summary")).getText())
			.contains("Choose how the evidence was captured.", "Choose the file again");
		assertThat(browser.findElement(By.id("evidence-file-again")).getText()).contains("Choose the file again");
		assertThat(value("evidence-platform")).isEqualTo("X");
		assertThat(value("evidence-username")).isEqualTo("@Troll_99");
		assertThat(value("evidence-source")).isEqualTo("https://x.com/troll_99/status/1");
		assertThat(value("evidence-captured")).isEqualTo("2026-07-01T10:30");
		assertThat(value("evidence-file")).isEmpty();
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		new Select(browser.findElement(By.id("evidence-method"))).selectByValue("SCREENSHOT");
		submit("#evidence-form button[type=submit]");

		String item = browser.getCurrentUrl();
		assertThat(item).matches(".*/cases/" + id + "/evidence/[0-9a-f-]{36}");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("threat.png is in the evidence locker");
		assertThat(browser.findElement(By.id("item-captured")).getText()).isEqualTo("1 Jul 2026, 10:30:00");
		assertThat(browser.findElement(By.id("item-source")).getText()).isEqualTo("https://x.com/troll_99/status/1");
		assertThat(browser.findElement(By.id("item-method")).getText()).isEqualTo("screenshot");
		assertThat(browser.findElement(By.id("item-sha256")).getText()).isEqualTo(sha256(content));
		assertThat(browser.findElements(By.id("delete"))).as("a caseworker is not offered deletion").isEmpty();
		PageChecks.assertAccessible(browser);

		submit("#integrity-check button[type=submit]");
		assertThat(browser.findElement(By.id("integrity")).getText()).contains("The file matches its fingerprint",
				sha256(content));
		assertThat(browser.findElement(By.id("custody-log")).getText()).contains("uploaded", "integrity checked", "OK",
				"caseworker");
		PageChecks.assertAccessible(browser);

		browser.get(url("/cases/" + id + "/evidence"));
		assertThat(browser.findElement(By.id("evidence-table")).getText()).contains("threat.png", "image/png", "16 bytes",
				"screenshot", "1 Jul 2026, 10:30", "@Troll_99", sha256(content).substring(0, 12), "Held");
		browser.findElement(By.cssSelector("#add-evidence > summary")).click();
		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		new Select(browser.findElement(By.id("evidence-method"))).selectByValue("FILE");
		submit("#evidence-form button[type=submit]");
		assertThat(browser.findElement(By.id("already-held")).getText())
			.startsWith("This file is already held as threat.png, added ");
		assertThat(browser.findElements(By.cssSelector("#evidence-table tbody tr"))).hasSize(1);
		PageChecks.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		signIn("supervisor");
		browser.get(item);
		submit("#delete button[type=submit]");
		assertThat(browser.findElement(By.id("delete-reason-error")).getText()).contains("Give the reason");
		PageChecks.assertAccessible(browser);

		fill("delete-reason", "Belongs to another client");
		submit("#delete button[type=submit]");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("threat.png was deleted");
		assertThat(browser.findElement(By.id("item-status")).getText()).contains("Deleted", "supervisor",
				"Belongs to another client");
		assertThat(browser.findElement(By.id("custody-log")).getText()).contains("deleted", "Belongs to another client");
		assertThat(browser.findElements(By.id("integrity-check"))).isEmpty();
		PageChecks.assertAccessible(browser);
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

	private String value(String id) {
		return browser.findElement(By.id(id)).getDomProperty("value");
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
