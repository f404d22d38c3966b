package org.falseos.casework.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12's "done when": a supervisor's morning, from the home page only. The board shows a stalled case; the
 * supervisor opens it, writes a supervision note, tries to give the case to someone who may not have it (refused,
 * the choice kept and named), gives it to a colleague of the team, then approves a closure the caseworker asked
 * for. The caseworker signs in and the inbox holds the note and the approval. axe-core on every page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class SupervisorMorningBrowserTests extends BrowserTest {

	static final Actor CASEWORKER = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Autowired
	CaseClosures closures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void boardStalledCaseNoteReassignmentAndClosureApprovalReachTheCaseworkersInbox() {
		CaseId stalled = cases.open(CASEWORKER, NewCase.of("SMB-1", "scotland", "Threats by direct message"));
		jdbc.sql("update cases.case_file set last_progress_at = :at where id = :id")
			.param("at", Instant.now().minus(Duration.ofDays(20)).atOffset(ZoneOffset.UTC))
			.param("id", stalled.id())
			.update();
		CaseId finished = cases.open(CASEWORKER, NewCase.of("SMB-2", "scotland", "Impersonation on Instagram"));
		closures.requestClosure(CASEWORKER, finished, "RESOLVED", "The fake profile was removed");

		signIn("supervisor");
		click(By.id("supervision-board-link"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Supervision board");
		assertThat(browser.findElement(By.id("stalled-table")).getText()).contains("SMB-1", "no progress");
		PageChecks.assertAccessible(browser);

		click(By.xpath("//table[@id='stalled-table']//a[text()='SMB-1']"));
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + stalled);
		PageChecks.assertAccessible(browser);

		click(By.id("tab-supervision"));
		browser.findElement(By.id("note")).sendKeys("No progress for three weeks: call the client this week.");
		LocalDate reviewBy = LocalDate.now().plusDays(7);
		type("reviewBy", String.valueOf(reviewBy.getDayOfMonth()));
		type("reviewBy-month", String.valueOf(reviewBy.getMonthValue()));
		type("reviewBy-year", String.valueOf(reviewBy.getYear()));
		click(By.id("note-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Supervision note added");
		PageChecks.assertAccessible(browser);

		// A name the page never offered (another team's caseworker, as a stale or altered form would send it).
		WebElement choice = browser.findElement(By.id("caseworker"));
		browser.executeScript("var o = document.createElement('option'); o.value = 'caseworker2';"
				+ " o.text = 'Sam South (demo)'; arguments[0].appendChild(o);", choice);
		new Select(choice).selectByValue("caseworker2");
		browser.findElement(By.id("reason")).sendKeys("Casey is on leave");
		click(By.id("reassign-submit"));
		assertThat(browser.findElement(By.id("error-summary")).getText())
			.contains("caseworker2 does not work in team North.");
		assertThat(browser.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Casey is on leave");
		PageChecks.assertAccessible(browser);

		new Select(browser.findElement(By.id("caseworker"))).selectByValue("caseworker4");
		click(By.id("reassign-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Case reassigned to Nia North (demo)");
		PageChecks.assertAccessible(browser);

		browser.get(url("/home"));
		click(By.id("closure-requests-link"));
		assertThat(browser.findElement(By.id("closure-requests")).getText())
			.contains("SMB-2", "The fake profile was removed");
		PageChecks.assertAccessible(browser);
		click(By.xpath("//table[@id='closure-requests']//a[text()='SMB-2']"));
		browser.findElement(By.id("decision-comment")).sendKeys("Agreed: the profile is gone.");
		click(By.id("approve-submit"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Closure approved");
		assertThat(browser.findElement(By.id("closed-panel")).getText()).contains("Closed on");
		PageChecks.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		signIn("caseworker");
		// The inbox is fed by events after the supervisor's requests returned: wait for the three notifications.
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			driver.get(url("/inbox"));
			return driver.findElements(By.cssSelector("#notifications li.inbox-item--unread")).size() >= 3;
		});
		List<String> unread = browser.findElements(By.cssSelector("#notifications li.inbox-item--unread"))
			.stream()
			.map(WebElement::getText)
			.map(String::toLowerCase)
			.toList();
		assertThat(unread).anySatisfy(text -> assertThat(text).contains("supervision note on case smb-1"))
			.anySatisfy(text -> assertThat(text).contains("case smb-1 was given to someone else"))
			.anySatisfy(text -> assertThat(text).contains("closure of case smb-2 approved"));
		assertThat(browser.findElement(By.id("inbox-count")).getText()).isEqualTo(String.valueOf(unread.size()));
		PageChecks.assertAccessible(browser);
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		click(By.cssSelector(".sign-in-form button[type=submit]"));
	}

	private void type(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Clicks and waits for the next page, so nothing is read from the old one. Chromium may answer the staleness
	 * probe made mid-navigation with an inspector error instead of "stale": that probe is simply made again.
	 */
	private void click(By target) {
		var element = browser.findElement(target);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
