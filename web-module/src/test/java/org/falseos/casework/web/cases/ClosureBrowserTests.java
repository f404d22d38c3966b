package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.falseos.casework.web.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Closure by approval in the browser, without JavaScript's help: the caseworker asks (a refused form keeps what was
 * typed), the supervisor rejects with a comment the caseworker then reads, the second request is approved, the
 * closed case shows its outcome and no forms, and the supervisor reopens it. Then the erasure approvals page, where
 * the person who asked cannot approve and a second supervisor erases after confirming. Every page passes axe.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class ClosureBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	@Autowired
	Cases cases;

	@Autowired
	DataProtection protection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void aCaseworkerAsksASupervisorRejectsThenApprovesAndReopensTheCase() {
		CaseId id = cases.open(NORTH, NewCase.of("CLB-1", "scotland", "Threats on X"));

		signIn("caseworker");
		browser.get(url("/cases/" + id));
		browser.findElement(By.cssSelector("#closure-action summary")).click();
		browser.findElement(By.id("closure-reason")).sendKeys("The posts are gone");
		submit("#closure-submit");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Choose how the case ended");
		assertThat(browser.findElement(By.id("closure-reason")).getAttribute("value")).isEqualTo("The posts are gone");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("outcome-lost_contact")).click();
		submit("#closure-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Closure requested");
		assertThat(browser.findElement(By.id("closure-pending")).getText()).contains("Waiting for a supervisor since",
				"We lost contact with the client", "The posts are gone");
		assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
		PageChecks.assertAccessible(browser);

		switchTo("supervisor");
		browser.get(url("/home"));
		PageChecks.assertAccessible(browser);
		click("#closure-requests-link");
		assertThat(browser.findElement(By.id("closure-requests")).getText()).contains("CLB-1", "The posts are gone");
		PageChecks.assertAccessible(browser);
		click("#closure-requests a[href*='" + id + "']");
		submit("#reject-submit");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Tell the caseworker why");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("decision-comment")).sendKeys("Try the safe contact number first");
		submit("#reject-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Closure rejected");
		PageChecks.assertAccessible(browser);

		switchTo("caseworker");
		browser.get(url("/cases/" + id));
		assertThat(browser.findElement(By.id("closure-rejected")).getText()).contains("rejected",
				"Try the safe contact number first");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.cssSelector("#closure-action summary")).click();
		browser.findElement(By.id("outcome-lost_contact")).click();
		browser.findElement(By.id("closure-reason")).sendKeys("Tried the safe number for two weeks");
		submit("#closure-submit");
		assertThat(browser.findElement(By.id("closure-pending")).getText()).contains("Tried the safe number");

		switchTo("supervisor");
		browser.get(url("/cases/" + id));
		submit("#approve-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Closure approved");
		assertThat(browser.findElement(By.id("closed-panel")).getText()).contains("Closed on",
				"We lost contact with the client");
		assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("closed");
		PageChecks.assertAccessible(browser);
		browser.get(url("/cases/" + id + "/diary"));
		assertThat(browser.findElement(By.id("closed-panel")).getText()).contains("Reopen it");
		assertThat(browser.findElements(By.id("incident-action"))).isEmpty();
		PageChecks.assertAccessible(browser);

		switchTo("caseworker");
		browser.get(url("/cases/" + id + "/tasks"));
		assertThat(browser.findElement(By.id("closed-panel")).getText()).contains("A supervisor of the team can reopen it");
		assertThat(browser.findElements(By.id("task-action"))).isEmpty();
		PageChecks.assertAccessible(browser);
		browser.get(url("/cases/" + id));
		assertThat(browser.findElements(By.id("reopen-form"))).isEmpty();
		assertThat(browser.findElements(By.id("closure-action"))).isEmpty();

		switchTo("supervisor");
		browser.get(url("/cases/" + id));
		submit("#reopen-submit");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Say why the case is reopened");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("reopen-reason")).sendKeys("The posts started again");
		submit("#reopen-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Case reopened");
		assertThat(browser.findElements(By.id("closed-panel"))).isEmpty();
		assertThat(browser.findElement(By.id("reopenings")).getText()).contains("The posts started again");
		assertThat(browser.findElement(By.id("closure-history")).getText()).contains("approved", "rejected",
				"Try the safe contact number first");
		PageChecks.assertAccessible(browser);
	}

	@Test
	void aSecondSupervisorApprovesAnErasureAfterConfirmingIt() {
		TestAccounts.supervisor(jdbc, passwords, "supervisor-north-2", "North");
		CaseId id = cases.open(NORTH, NewCase.of("CLB-2", "scotland", "Doxxed"));
		protection.requestErasure(NORTH_SUPERVISOR, cases.read(NORTH, id).client().id(), "Client asked by phone");

		signIn("supervisor");
		browser.get(url("/home"));
		click("#erasure-requests-link");
		assertThat(browser.findElement(By.id("erasure-requests")).getText()).contains("CLB-2", "Client asked by phone",
				"You asked for this erasure, so another supervisor of the team must decide it.");
		PageChecks.assertAccessible(browser);

		switchTo("supervisor-north-2");
		browser.get(url("/supervision/erasures"));
		click("#erasure-requests a[href*='/supervision/erasures/']");
		assertThat(browser.findElement(By.id("approve-erasure")).getText()).contains("Erasure cannot be undone");
		PageChecks.assertAccessible(browser);
		submit("#approve-submit");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Tick the box");
		PageChecks.assertAccessible(browser);
		browser.findElement(By.id("confirm")).click();
		submit("#approve-submit");
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Client CLB-2 erased");
		assertThat(browser.getPageSource()).doesNotContain("Client asked by phone");
		PageChecks.assertAccessible(browser);
		assertThat(cases.isVisible(NORTH, id)).isFalse();
	}

	private void switchTo(String username) {
		browser.manage().deleteAllCookies();
		signIn(username);
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		submit(".sign-in-form button[type=submit]");
	}

	/** Clicks a submit button and waits for the next page, so nothing is read from the old one. */
	private void submit(String button) {
		click(button);
	}

	private void click(String selector) {
		var element = browser.findElement(By.cssSelector(selector));
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
