package org.falseos.casework.web.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.web.linking.LinkedCases.EAST;
import static org.falseos.casework.web.linking.LinkedCases.NORTH;
import static org.falseos.casework.web.linking.LinkedCases.SOUTH;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caseworker and a coordinator sign in, land on their home and follow the main navigation to their work; every
 * page passes axe-core's WCAG 2.x A and AA rules. Each home is saved as a full-page screenshot under target/.
 */
@LinkingWebTest
class RoleHomesBrowserTests extends BrowserTest {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Test
	void aCaseworkerLandsOnTheirCasesAndTasksAndFollowsTheNavigationToTheCaseList() throws IOException {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var south = given.open(SOUTH);
		cases.addTask(NORTH, north, "Ring the client back", LocalDate.now().minusDays(1));
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "X", "@home.browser");
		given.identifier(SOUTH, south, IdentifierKind.HANDLE, "X", "@home.browser");
		linking.accept(LinkedCases.COORDINATOR, given.awaitSuggestion(north, south).id());
		String code = given.clientCode(NORTH, north);

		signIn("caseworker");
		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(browser.findElement(By.id("due-tasks")).getText()).contains("Overdue:", "Ring the client back", code);
		assertThat(browser.findElement(By.id("consent-requests")).getText()).contains("Client " + code);
		assertThat(browser.findElements(By.id("home-coordinator"))).isEmpty();
		assertNoAccessibilityViolations();
		screenshot("home-caseworker.png");

		clickAndWait(By.id("nav-cases"));
		assertThat(browser.getCurrentUrl()).endsWith("/cases");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cases");
		assertNoAccessibilityViolations();

		open("/home");
		clickAndWait(By.cssSelector("#consent-requests a"));
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + north);
	}

	@Test
	void aCoordinatorLandsOnTheSuggestionsWaitingAndFollowsTheNavigationToDecide() throws IOException {
		var given = new LinkedCases(cases, linking);
		var north = given.open(NORTH);
		var east = given.open(EAST);
		given.identifier(NORTH, north, IdentifierKind.HANDLE, "X", "@home.coordinator");
		given.identifier(EAST, east, IdentifierKind.HANDLE, "X", "home.coordinator");
		var waiting = given.awaitSuggestion(north, east);

		signIn("coordinator");
		assertThat(browser.getCurrentUrl()).endsWith("/home");
		assertThat(browser.findElement(By.cssSelector("#open-suggestions a[href$='#suggestion-" + waiting.id() + "']"))
			.getText()).contains("shared by 2 cases");
		assertThat(browser.findElements(By.id("home-caseworker"))).isEmpty();
		assertThat(browser.findElements(By.id("nav-cases"))).isEmpty();
		assertNoAccessibilityViolations();
		screenshot("home-coordinator.png");

		clickAndWait(By.id("nav-linking"));
		assertThat(browser.getCurrentUrl()).endsWith("/linking");
		assertThat(browser.findElement(By.id("suggestion-" + waiting.id())).isDisplayed()).isTrue();
		assertNoAccessibilityViolations();
	}

	private void assertNoAccessibilityViolations() {
		PageChecks.assertAccessible(browser);
	}

	// The whole page, not just the window: the viewport is made as tall as the page for the one screenshot.
	private void screenshot(String name) throws IOException {
		long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", height, "deviceScaleFactor", 1, "mobile", false));
		try {
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", name),
					StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

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
