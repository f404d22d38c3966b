package org.falseos.casework.web.internal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.internal.inbox.InboxFixtures.NORTH;

import java.time.Duration;
import java.util.UUID;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ClosureApproved;
import org.falseos.casework.cases.SupervisionNoteAdded;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A caseworker sees the count in the header, opens the inbox, follows a notification and marks all as read. */
@InboxTest
class InboxBrowserTests extends BrowserTest {

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aCaseworkerFollowsANotificationAndMarksAllAsRead() {
		var given = new InboxFixtures(cases, jdbc, events, tx);
		jdbc.sql("update web.notification set read_at = now() where recipient = 'caseworker'").update();
		var caseId = given.open(NORTH);
		String code = given.clientCode(caseId);
		given.publish(new SupervisionNoteAdded(caseId, UUID.randomUUID(), "North", "caseworker", "supervisor", null));
		given.publish(new ClosureApproved(caseId, UUID.randomUUID(), "North", "caseworker", "supervisor"));
		given.awaitDelivered();

		signIn("caseworker");
		assertThat(browser.findElement(By.id("inbox-count")).getText()).isEqualTo("2");
		assertThat(header()).isEqualTo("Inbox (2 unread notifications)");
		PageChecks.assertAccessible(browser);

		clickAndWait(By.id("nav-inbox"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inbox");
		assertThat(browser.findElement(By.id("inbox-summary")).getText()).isEqualTo("2 unread notifications.");
		assertThat(browser.findElements(By.cssSelector("#notifications li.inbox-item--unread"))).hasSize(2);
		PageChecks.assertAccessible(browser);

		clickAndWait(By.linkText("Supervision note on case " + code));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + code);
		PageChecks.assertAccessible(browser);

		clickAndWait(By.id("nav-inbox"));
		clickAndWait(By.id("mark-all-read"));
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("2 notifications marked as read");
		assertThat(header()).isEqualTo("Inbox");
		assertThat(browser.findElements(By.cssSelector("#notifications li.inbox-item--unread"))).isEmpty();
		PageChecks.assertAccessible(browser);
	}

	/** The header link's text as a screen reader reads it, the visually hidden part included. */
	private String header() {
		return browser.findElement(By.id("nav-inbox")).getDomProperty("textContent").strip().replaceAll("\\s+", " ");
	}

	private void clickAndWait(By target) {
		var element = browser.findElement(target);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private void signIn(String username) {
		browser.get("http://127.0.0.1:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		clickAndWait(By.cssSelector(".sign-in-form button[type=submit]"));
	}
}
