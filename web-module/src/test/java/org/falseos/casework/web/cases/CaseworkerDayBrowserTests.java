package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A caseworker's day, from the home page to the ladder, the way they would go: home, the case list filtered to
 * overdue work, the header box given a crime reference typed another way, the case, an incident, the mistyped
 * agency corrected, evidence refused once (keeping every field but the file) and then stored, and a move on the
 * ladder. axe-core checks every page on the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CaseworkerDayBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Test
	void homeListSearchCaseIncidentCorrectionEvidenceAndLadder() throws IOException {
		String code = "NC-DAY-1";
		String number = "SCO/7719/26";
		CaseId id = cases.open(NORTH, NewCase.of(code, "scotland", "Threats on X after a livestream"));
		cases.recordReferenceNumber(NORTH, id, NewReferenceNumber.of("Police ScotlandNCSC", number));
		cases.addTask(NORTH, id, "Chase the officer for the crime reference", LocalDate.now().minusDays(3));
		CaseId quiet = cases.open(NORTH, NewCase.of(code + "-Q", "scotland", "Nothing due on this one"));

		signIn("caseworker");
		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(browser.findElement(By.id("home-caseworker")).getText()).contains(code);
		PageChecks.assertAccessible(browser);

		follow(By.id("nav-cases"));
		browser.findElement(By.id("overdue")).click();
		submit(By.id("apply-filters"));
		assertThat(browser.getCurrentUrl()).contains("overdue=yes");
		assertThat(browser.findElement(By.id("case-table")).getText()).contains(code).doesNotContain(code + "-Q");
		assertThat(browser.findElement(By.id("overdue")).isSelected()).as("the filter stays chosen").isTrue();
		PageChecks.assertAccessible(browser);

		// The reference as the client read it out over the phone: lower case, spaces for slashes.
		new Select(browser.findElement(By.id("site-search-in"))).selectByVisibleText("Cases");
		var box = browser.findElement(By.id("site-search"));
		box.sendKeys(number.toLowerCase().replace('/', ' '));
		box.submit();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/cases/search"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(code, "reference number");
		PageChecks.assertAccessible(browser);

		follow(By.linkText(code));
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + id);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + code);
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-diary"));
		browser.findElement(By.id("add-incident")).click();
		browser.executeScript("arguments[0].value = '2026-11-28T22:10'", browser.findElement(By.id("occurredAt")));
		fill("platform", "X");
		fill("description", "New account repeated the threat under the stream's clip");
		submit(By.id("incident-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Incident added");
		assertThat(browser.findElement(By.id("incidents")).getText()).contains("28 Nov 2026, 22:10");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-references"));
		assertThat(browser.findElement(By.id("reference-numbers")).getText()).contains("Police ScotlandNCSC");
		follow(By.cssSelector("#reference-numbers a[href$='/correction']"));
		new Select(browser.findElement(By.id("agency"))).selectByVisibleText("Police Scotland");
		fill("reason", "Agency mistyped at intake");
		submit(By.id("submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Reference number corrected");
		assertThat(browser.findElement(By.id("reference-numbers")).getText()).contains("Police Scotland", number)
			.doesNotContain("Police ScotlandNCSC");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-evidence"));
		browser.findElement(By.cssSelector("#add-evidence > summary")).click();
		Path screenshot = Files.createTempFile("threat", ".png");
		Files.write(screenshot, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'd', 'a', 'y', '1' });
		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		fill("evidence-platform", "X");
		fill("evidence-username", "@Troll_99");
		fill("evidence-source", "https://x.com/troll_99/status/2");
		// No capture method chosen: refused, and everything but the file (which no browser keeps) comes back.
		submit(By.id("evidence-submit"));
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Choose how the evidence was captured");
		assertThat(browser.findElement(By.id("evidence-file-again")).getText()).contains("Choose the file again");
		assertThat(browser.findElement(By.id("evidence-platform")).getAttribute("value")).isEqualTo("X");
		assertThat(browser.findElement(By.id("evidence-username")).getAttribute("value")).isEqualTo("@Troll_99");
		assertThat(browser.findElement(By.id("evidence-source")).getAttribute("value"))
			.isEqualTo("https://x.com/troll_99/status/2");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("evidence-file")).sendKeys(screenshot.toString());
		new Select(browser.findElement(By.id("evidence-method"))).selectByValue("SCREENSHOT");
		submit(By.id("evidence-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("is in the evidence locker");
		PageChecks.assertAccessible(browser);
		Files.delete(screenshot);

		follow(By.id("tab-ladder"));
		browser.findElement(By.id("move-on-ladder")).click();
		new Select(browser.findElement(By.id("rung"))).selectByValue("1");
		fill("note", "Reported on 101; reference recorded");
		submit(By.id("escalation-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Moved to rung 1");
		PageChecks.assertAccessible(browser);

		follow(By.id("tab-activity"));
		assertThat(browser.findElement(By.id("activity-lines")).getText()).contains("added an incident",
				"corrected the reference number " + number, "Agency mistyped at intake", "added the evidence file",
				"moved the case from rung 0 to rung 1");
		PageChecks.assertAccessible(browser);
		assertThat(cases.read(NORTH, quiet).incidents()).as("the other case was not touched").isEmpty();
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		submit(By.cssSelector(".sign-in-form button[type=submit]"));
	}

	private void submit(By button) {
		clickAndWait(browser.findElement(button));
	}

	private void follow(By link) {
		clickAndWait(browser.findElement(link));
	}

	/** Clicks and waits for the next page, so nothing is read from the old one. */
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
