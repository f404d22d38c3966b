package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A caseworker's first hour with a new client, in a real browser without JavaScript's help: intake (refused once,
 * keeping what was ticked and typed), every tab of the case page, then an incident, a move on the ladder and a
 * task, each confirmed; axe-core checks every page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CaseworkBrowserTests extends BrowserTest {

	@Test
	void intakeEveryTabIncidentEscalationAndTask() {
		signIn("caseworker");

		browser.get(url("/cases/new"));
		PageChecks.assertAccessible(browser);
		fill("clientCode", "x");
		fill("summary", "Death threats from an account on X; address posted");
		browser.findElement(By.id("harm-threats")).click();
		browser.findElement(By.id("harm-doxxing")).click();
		new Select(browser.findElement(By.id("perpetratorCountry"))).selectByValue("united-states");
		browser.findElement(By.id("doxxedAddress")).click();
		browser.findElement(By.id("swattingRisk")).click();
		browser.findElement(By.cssSelector(".intake details summary")).click();
		fill("clientName", "Alex Client");
		fill("clientContact", "07700 900123");
		fill("safeContactNotes", "Do not phone after 6pm; partner reads post");
		submit(By.cssSelector("form.intake button[type=submit]"));

		// Refused: the message links to the field, and nothing ticked, chosen or typed is lost.
		assertThat(browser.findElement(By.cssSelector("#error-summary a[href='#clientCode']")).getText())
			.contains("client code");
		assertThat(browser.findElement(By.id("harm-threats")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("harm-doxxing")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("harm-stalking")).isSelected()).isFalse();
		assertThat(new Select(browser.findElement(By.id("perpetratorCountry"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("united-states");
		assertThat(browser.findElement(By.id("doxxedAddress")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("swattingRisk")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("summary")).getAttribute("value")).startsWith("Death threats");
		assertThat(browser.findElement(By.id("safeContactNotes")).getAttribute("value"))
			.isEqualTo("Do not phone after 6pm; partner reads post");
		PageChecks.assertAccessible(browser);

		fill("clientCode", "NC-BROWSER-1");
		submit(By.cssSelector("form.intake button[type=submit]"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Case opened");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case NC-BROWSER-1");
		assertThat(browser.findElement(By.id("safe-contact")).getText())
			.contains("Alex Client", "07700 900123", "Do not phone after 6pm; partner reads post");
		assertThat(browser.findElement(By.id("risk-flags")).getText())
			.contains("Address published (doxxed)", "Swatting risk", "Swatting precautions from the guide");
		assertThat(browser.findElement(By.id("consent-police")).getText()).isEqualTo("Police: not recorded");
		assertThat(browser.findElement(By.id("perpetrator-country")).getText()).contains("united-states");
		assertThat(browser.findElement(By.id("case-caseworker")).getText()).isEqualTo("Casey Worker (demo), team North");
		assertThat(browser.findElement(By.id("tab-overview")).getAttribute("aria-current")).isEqualTo("page");
		PageChecks.assertAccessible(browser);
		String caseUrl = browser.getCurrentUrl();

		// Every tab: the summary header, with the client's safe-contact notes, stays on each.
		for (String tab : new String[] { "diary", "evidence", "references", "ladder", "tasks", "activity" }) {
			follow(By.id("tab-" + tab));
			assertThat(browser.getCurrentUrl()).isEqualTo(caseUrl + "/" + tab);
			assertThat(browser.findElement(By.id("tab-" + tab)).getAttribute("aria-current")).isEqualTo("page");
			assertThat(browser.findElement(By.id("tab-overview")).getAttribute("aria-current")).isNull();
			assertThat(browser.findElement(By.id("safe-contact-notes")).getText())
				.isEqualTo("Do not phone after 6pm; partner reads post");
			PageChecks.assertAccessible(browser);
		}

		follow(By.id("tab-diary"));
		browser.findElement(By.id("add-incident")).click();
		fill("platform", "X");
		submit(By.id("incident-submit"));
		assertThat(browser.findElement(By.cssSelector("#error-summary a[href='#occurredAt']")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.id("platform")).getAttribute("value")).isEqualTo("X");
		PageChecks.assertAccessible(browser);
		// The date-time picker's typing order depends on the browser's locale; set its value as a picker would.
		browser.executeScript("arguments[0].value = '2026-11-20T21:30'", browser.findElement(By.id("occurredAt")));
		fill("description", "Reply under my photo: 'we know where you live'");
		submit(By.id("incident-submit"));
		assertThat(browser.getCurrentUrl()).isEqualTo(caseUrl + "/diary");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Incident added");
		assertThat(browser.findElement(By.id("incidents")).getText())
			.contains("we know where you live", "20 Nov 2026, 21:30");
		assertThat(browser.findElement(By.id("conduct")).getText()).contains("1 incident on 1 occasion");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-ladder"));
		browser.findElement(By.id("move-on-ladder")).click();
		new Select(browser.findElement(By.id("rung"))).selectByValue("2");
		fill("note", "Asked 101 which officer owns the case");
		submit(By.id("escalation-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Moved to rung 2");
		assertThat(browser.findElement(By.id("ladder")).getText()).contains("Current rung 2 of 8", "Next step");
		assertThat(browser.findElement(By.id("ladder-history")).getText())
			.contains("Rung 0 → 2", "Asked 101 which officer owns the case");
		assertThat(browser.findElement(By.id("case-rung")).getText()).contains("Rung 2", "0 days on this rung");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-tasks"));
		browser.findElement(By.id("add-task")).click();
		submit(By.id("task-submit"));
		assertThat(browser.findElement(By.cssSelector("#error-summary a[href='#title']")).isDisplayed()).isTrue();
		PageChecks.assertAccessible(browser);
		fill("title", "Chase the officer for an update");
		browser.executeScript("arguments[0].value = '2026-11-25'", browser.findElement(By.id("dueOn")));
		submit(By.id("task-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Task added");
		assertThat(browser.findElement(By.id("open-tasks")).getText())
			.contains("Chase the officer for an update", "25 November 2026", "Overdue");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-overview"));
		assertThat(browser.findElements(By.id("confirmation"))).isEmpty();
		assertThat(browser.findElement(By.id("next-tasks")).getText()).contains("Chase the officer", "Overdue");
		browser.findElement(By.cssSelector("#consent-action summary")).click();
		new Select(browser.findElement(By.id("kind"))).selectByValue("police");
		browser.findElement(By.id("given-true")).click();
		submit(By.id("consent-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Consent recorded: police given");
		assertThat(browser.findElement(By.id("consent-police")).getText()).isEqualTo("Police: given");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-activity"));
		assertThat(browser.findElement(By.id("activity-lines")).getText()).contains(
				"Casey Worker (demo) added an incident to the diary",
				"Casey Worker (demo) moved the case from rung 0 to rung 2", "recorded police consent as given");
		PageChecks.assertAccessible(browser);
	}

	@Test
	void intakeDiaryEvidenceAndLadderWithTheKeyboardOnly() throws IOException {
		browser.get(url("/login"));
		tabTo("username");
		type("caseworker");
		tabTo("password");
		type("demo");
		pressAndWait(Keys.ENTER);

		browser.get(url("/cases/new"));
		tabTo("clientCode");
		type("NC-KEYS-1");
		tabTo("summary");
		type("Messages from a new account every night");
		tabTo("harm-stalking");
		press(Keys.SPACE);
		tabTo("swattingRisk");
		press(Keys.SPACE);
		tabTo("open-case");
		pressAndWait(Keys.ENTER);
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Case opened");
		assertThat(browser.findElement(By.id("risk-flags")).getText()).contains("Swatting risk");
		PageChecks.assertAccessible(browser);

		tabTo("tab-diary");
		pressAndWait(Keys.ENTER);
		tabTo("add-incident");
		press(Keys.ENTER);
		tabTo("occurredAt");
		// The picker's fields follow the browser's locale: month first in American English, day first elsewhere.
		boolean american = "en-US".equals(browser.executeScript("return navigator.language"));
		type(american ? "11202026" : "20112026");
		press(Keys.TAB);
		type(american ? "0930P" : "2130");
		assertThat(browser.findElement(By.id("occurredAt")).getDomProperty("value")).isEqualTo("2026-11-20T21:30");
		tabTo("description");
		type("Ten messages between 9 and 10pm");
		tabTo("incident-submit");
		pressAndWait(Keys.ENTER);
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Incident added");
		assertThat(browser.findElement(By.id("incidents")).getText()).contains("20 Nov 2026, 21:30");
		PageChecks.assertAccessible(browser);

		tabTo("tab-evidence");
		pressAndWait(Keys.ENTER);
		tabToMatching("#add-evidence > summary");
		press(Keys.ENTER);
		tabTo("evidence-file");
		// A headless browser has no file chooser: typing the path into the focused file input is what WebDriver offers.
		Path screenshot = Files.createTempFile("keys", ".png");
		Files.write(screenshot, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'k', 'e', 'y', 's' });
		browser.switchTo().activeElement().sendKeys(screenshot.toString());
		tabTo("evidence-method");
		press(Keys.ARROW_DOWN);
		tabTo("evidence-submit");
		pressAndWait(Keys.ENTER);
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("is in the evidence locker");
		PageChecks.assertAccessible(browser);
		Files.delete(screenshot);

		tabTo("tab-ladder");
		pressAndWait(Keys.ENTER);
		tabTo("move-on-ladder");
		press(Keys.SPACE);
		tabTo("note");
		type("Reported on 101 by phone");
		tabTo("escalation-submit");
		pressAndWait(Keys.ENTER);
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Moved to rung 1");
		assertThat(browser.findElement(By.id("ladder-history")).getText()).contains("Reported on 101 by phone");
		PageChecks.assertAccessible(browser);
	}

	/** Presses Tab until the element with this id has the focus, as a keyboard user would. */
	private void tabTo(String id) {
		for (int presses = 0; presses < 100; presses++) {
			press(Keys.TAB);
			if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached #" + id + " on " + browser.getCurrentUrl());
	}

	/** Presses Tab until the focused element matches this CSS selector (for controls without an id). */
	private void tabToMatching(String selector) {
		for (int presses = 0; presses < 100; presses++) {
			press(Keys.TAB);
			if (Boolean.TRUE.equals(browser.executeScript("return document.activeElement.matches(arguments[0])",
					selector))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector + " on " + browser.getCurrentUrl());
	}

	private void type(String text) {
		new Actions(browser).sendKeys(text).perform();
	}

	private void press(Keys key) {
		new Actions(browser).sendKeys(key).perform();
	}

	/** Presses a key on the focused control and waits for the page it leads to. */
	private void pressAndWait(Keys key) {
		var focused = browser.switchTo().activeElement();
		press(key);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(focused));
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		submit(By.cssSelector(".sign-in-form button[type=submit]"));
	}

	/** Clicks a submit button and waits for the next page, so nothing is read from the old one. */
	private void submit(By button) {
		clickAndWait(browser.findElement(button));
	}

	private void follow(By link) {
		clickAndWait(browser.findElement(link));
	}

	private void clickAndWait(WebElement element) {
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
