package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A supervisor on a case's supervision tab: a reassignment the directory no longer backs is refused with the
 * choice kept, the right one goes through, a note with a review date is written (a past date refused first);
 * then the new caseworker signs in and finds the note on the case's overview. axe-core on every page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class SupervisionActionsBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorReassignsAndWritesANoteThatTheNewCaseworkerThenReads() {
		CaseId id = cases.open(NORTH, NewCase.of("SVB-1", "scotland", "Threats on X"));

		signIn("supervisor");
		browser.get(url("/cases/" + id + "/supervision"));
		assertThat(browser.findElement(By.id("review-by")).getText()).isEqualTo("No review date is set.");
		assertThat(new Select(browser.findElement(By.id("caseworker"))).getOptions()).extracting(o -> o.getText())
			.contains("Nia North (demo)").doesNotContain("Casey Worker (demo)", "Sam South (demo)");
		assertThat(browser.findElements(By.id("move-form"))).as("supervises no other team").isEmpty();
		PageChecks.assertAccessible(browser);

		// Chosen from the page as it was; by the time it is sent, the account has been disabled.
		new Select(browser.findElement(By.id("caseworker"))).selectByValue("caseworker4");
		browser.findElement(By.id("reason")).sendKeys("Casey is on leave");
		jdbc.sql("update web.account set enabled = false where username = 'caseworker4'").update();
		try {
			submit("#reassign-submit");
		}
		finally {
			jdbc.sql("update web.account set enabled = true where username = 'caseworker4'").update();
		}
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("caseworker4 is not a caseworker.");
		assertThat(browser.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#caseworker");
		assertThat(browser.findElement(By.id("caseworker-error")).getText()).contains("caseworker4 is not a caseworker.");
		assertThat(new Select(browser.findElement(By.id("caseworker"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("caseworker4");
		assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Casey is on leave");
		assertThat(browser.getTitle()).startsWith("Error: ");
		PageChecks.assertAccessible(browser);

		submit("#reassign-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Case reassigned to Nia North (demo)");
		assertThat(browser.findElement(By.id("case-caseworker")).getText()).contains("Nia North (demo)");
		assertThat(browser.findElement(By.id("reassignments")).getText())
			.contains("Casey Worker (demo), team North", "Nia North (demo), team North", "Sue Pervisor (demo)",
					"Casey is on leave");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("note")).sendKeys("Chase the platform about the fake account.");
		typeDate(TODAY.minusDays(1));
		submit("#note-submit");
		assertThat(browser.findElement(By.id("reviewBy-error")).getText())
			.contains("The review date must be today or later.");
		assertThat(browser.findElement(By.id("note")).getAttribute("value"))
			.isEqualTo("Chase the platform about the fake account.");
		assertThat(browser.findElement(By.id("reviewBy")).getAttribute("value"))
			.isEqualTo(String.valueOf(TODAY.minusDays(1).getDayOfMonth()));
		PageChecks.assertAccessible(browser);

		LocalDate reviewBy = TODAY.plusDays(7);
		typeDate(reviewBy);
		submit("#note-submit");
		String due = reviewBy.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Supervision note added");
		assertThat(browser.findElement(By.id("review-by")).getText()).isEqualTo("Review by " + due);
		assertThat(browser.findElement(By.id("all-notes")).getText())
			.contains("Sue Pervisor (demo)", "review by " + due, "Chase the platform about the fake account.");
		PageChecks.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		signIn("caseworker4");
		browser.get(url("/cases/" + id));
		assertThat(browser.findElement(By.id("overview-supervision")).getText())
			.contains("From your supervisor", "Review by " + due, "Sue Pervisor (demo)",
					"Chase the platform about the fake account.");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("tab-supervision")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
				By.id("reassignments")));
		assertThat(browser.findElements(By.id("reassign-form"))).as("the caseworker only reads").isEmpty();
		assertThat(browser.findElements(By.id("note-form"))).isEmpty();
		assertThat(browser.findElement(By.id("reassignments")).getText()).contains("Casey is on leave");
		PageChecks.assertAccessible(browser);
	}

	private void typeDate(LocalDate date) {
		type("reviewBy", String.valueOf(date.getDayOfMonth()));
		type("reviewBy-month", String.valueOf(date.getMonthValue()));
		type("reviewBy-year", String.valueOf(date.getYear()));
	}

	private void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
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

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
