package org.falseos.casework.web.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.linking.LinkedCases.EAST;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.falseos.casework.web.linking.LinkedCases.SOUTH;

import java.time.Duration;

import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.Browser;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator works the suggestions in a real browser; the East caseworker then sees the pattern. */
@LinkingWebTest
class LinkingBrowserTests extends BrowserTest {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Test
	void aCoordinatorDismissesOneSuggestionWithAReasonAndLinksAnother() {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		var east = given.open(EAST);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "Instagram", "@browser.troll");
		given.identifier(SOUTH, south, IdentifierKind.URL, null, "https://www.instagram.com/Browser.Troll/");
		given.identifier(EAST, east, IdentifierKind.HANDLE, "IG", "browser.troll");
		given.reference(NORTH, north, "Police Scotland", "PS-BROWSER-1");
		given.reference(EAST, east, "Action Fraud", "NFRC-BROWSER-2");
		given.incident(NORTH, north, "2026-11-08T19:00:00Z", "@browser.troll");
		given.consent(NORTH, north);
		given.consent(EAST, east);
		var dismissable = given.awaitSuggestion(north, south);
		var linkable = given.awaitSuggestion(north, east);

		signIn("coordinator");
		PageChecks.assertAccessible(browser);
		open("/linking");
		PageChecks.assertAccessible(browser);
		var dismissForm = "#suggestion-" + dismissable.id() + " form[action$='/dismiss']";
		clickAndWait(By.cssSelector(dismissForm + " button"));
		assertThat(browser.findElement(By.id("reason-error-" + dismissable.id())).getText())
			.isEqualTo("Say why these cases are not the same perpetrator.");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("reason-" + dismissable.id())).sendKeys("Shared school account, not the perpetrator");
		clickAndWait(By.cssSelector(dismissForm + " button"));
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Dismissed.");
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElements(By.id("suggestion-" + dismissable.id()))).isEmpty();

		clickAndWait(By.cssSelector("#suggestion-" + linkable.id() + " button.accept"));
		String notice = browser.findElement(By.cssSelector(".notice")).getText();
		assertThat(notice).startsWith("Linked: the cases are in pattern LP-");
		String reference = notice.substring(notice.indexOf("LP-"), notice.indexOf("LP-") + 11);
		PageChecks.assertAccessible(browser);
		clickAndWait(By.linkText(reference));
		PageChecks.assertAccessible(browser);

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pattern " + reference);
		assertThat(browser.findElements(By.cssSelector("table.sheet .reference-number")))
			.extracting(cell -> cell.getText()).containsExactlyInAnyOrder("PS-BROWSER-1", "NFRC-BROWSER-2");
		assertThat(browser.findElement(By.cssSelector(".summary .victims")).getText()).isEqualTo("2");
		String chart = browser.findElement(By.cssSelector("figure.chart svg")).getText();
		assertThat(chart).contains(given.clientCode(NORTH, north), given.clientCode(EAST, east), "Action Fraud");
		assertThat(browser.getPageSource()).doesNotContain("browser.troll", "What the victim went through");

		browser.manage().deleteAllCookies();
		signIn("caseworker3");
		open("/linking");
		PageChecks.assertAccessible(browser);
		clickAndWait(By.linkText(reference));
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElements(By.cssSelector("table.members .client-code"))).hasSize(2);
	}

	@Test
	void aCoordinatorDecidesOnAMatchFromEachCasesDetailsAndLaterFindsThePatternDissolved() {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		given.consent(NORTH, north);
		given.consent(SOUTH, south);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "Instagram", "@browser.decider");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "IG", "Browser.Decider");
		given.incident(NORTH, north, "2026-11-02T18:00:00Z", "@browser.decider");
		var suggestion = given.awaitSuggestion(north, south);

		signIn("coordinator");
		PageChecks.assertAccessible(browser);
		open("/linking");
		PageChecks.assertAccessible(browser);
		var sides = browser.findElement(By.id("sides-" + suggestion.id()));
		assertThat(sides.findElements(By.cssSelector(".client-code"))).extracting(cell -> cell.getText())
			.containsExactlyInAnyOrder(given.clientCode(NORTH, north), given.clientCode(SOUTH, south));
		assertThat(sides.findElements(By.cssSelector(".incidents"))).extracting(cell -> cell.getText())
			.containsExactlyInAnyOrder("1", "0");
		assertThat(sides.findElements(By.cssSelector(".shares li"))).extracting(cell -> cell.getText())
			.containsExactly("handle on instagram: @br•••er", "handle on instagram: @br•••er");
		assertThat(browser.getPageSource().toLowerCase()).doesNotContain("browser.decider");

		clickAndWait(By.cssSelector("#suggestion-" + suggestion.id() + " button.accept"));
		PageChecks.assertAccessible(browser);
		String notice = browser.findElement(By.cssSelector(".notice")).getText();
		String reference = notice.substring(notice.indexOf("LP-"), notice.indexOf("LP-") + 11);
		clickAndWait(By.linkText(reference));
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pattern " + reference);

		// The South client withdraws consent: one case is left, so the pattern is dissolved.
		given.refuseConsent(SOUTH, south);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
			browser.navigate().refresh();
			return !browser.findElements(By.id("dissolved-notice")).isEmpty();
		});
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pattern " + reference + " was dissolved");
		assertThat(browser.findElement(By.id("dissolved-reason")).getText()).contains("consent to linking withdrawn");
		assertThat(browser.findElements(By.partialLinkText("CSV"))).isEmpty();

		clickAndWait(By.id("nav-linking"));
		PageChecks.assertAccessible(browser);
		assertThat(browser.findElement(By.id("refused-" + suggestion.id())).getText()).isEqualTo("Consent refused");
		assertThat(browser.findElement(By.id("suggestion-" + suggestion.id())).getText()).doesNotContain("awaiting consent for");
		assertThat(browser.findElements(By.cssSelector("[id^='dissolved-'] a"))).extracting(link -> link.getText())
			.contains(reference);
	}

	/** Clicks and waits for the next page, so that nothing is read from the one being left. */
	private void clickAndWait(By target) {
		var element = browser.findElement(target);
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private void signIn(String username) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(LinkingWebTest.PASSWORD);
		clickAndWait(By.cssSelector(".sign-in-form button[type=submit]"));
	}

	private void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
	}
}
