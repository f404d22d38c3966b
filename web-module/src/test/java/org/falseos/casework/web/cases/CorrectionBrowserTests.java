package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewReferenceNumber;
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

/**
 * A caseworker corrects a mistyped agency on its own page: the first try without a reason is refused and keeps
 * everything typed; the second replaces the entry, and the earlier value stays in its history.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class CorrectionBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Test
	void aCaseworkerCorrectsAMistypedAgencyAfterARefusalThatKeepsTheFields() {
		CaseId id = cases.open(NORTH, NewCase.of("CRB-1", "scotland", "Threats on X"));
		UUID mistyped = cases.recordReferenceNumber(NORTH, id,
				NewReferenceNumber.of("Police ScotlandNCSC", "PS-20261120-0042"));

		signIn("caseworker");
		browser.get(url("/cases/" + id + "/reference-numbers/" + mistyped + "/correction"));
		assertThat(browser.findElement(By.id("current-value")).getText()).contains("Police ScotlandNCSC");
		var agency = new Select(browser.findElement(By.id("agency")));
		assertThat(agency.getFirstSelectedOption().getAttribute("value")).isEqualTo("other");
		assertThat(browser.findElement(By.id("otherAgency")).getAttribute("value")).isEqualTo("Police ScotlandNCSC");
		PageChecks.assertAccessible(browser);

		agency.selectByVisibleText("Police Scotland");
		browser.findElement(By.id("officer")).sendKeys("PC 4471");
		submit("#submit");
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Say why");
		assertThat(browser.findElement(By.id("reason-error")).getText()).contains("Say why");
		assertThat(new Select(browser.findElement(By.id("agency"))).getFirstSelectedOption().getText())
			.isEqualTo("Police Scotland");
		assertThat(browser.findElement(By.id("officer")).getAttribute("value")).isEqualTo("PC 4471");
		assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo("PS-20261120-0042");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("reason")).sendKeys("Agency mistyped at intake");
		submit("#submit");
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + id + "/references");
		assertThat(browser.findElement(By.id("references")).getText()).contains("Police Scotland", "PS-20261120-0042")
			.doesNotContain("Police ScotlandNCSC");
		PageChecks.assertAccessible(browser);

		String corrected = cases.read(NORTH, id).referenceNumbers().getFirst().id().toString();
		browser.get(url("/cases/" + id + "/reference-numbers/" + corrected + "/correction"));
		assertThat(browser.findElement(By.id("history")).getText()).contains("Police ScotlandNCSC", "Corrected",
				"Agency mistyped at intake", "caseworker");
		PageChecks.assertAccessible(browser);

		browser.get(url("/cases/" + id + "/reference-numbers/" + mistyped + "/withdrawal"));
		assertThat(browser.findElement(By.id("no-longer-stands")).getText()).contains("no longer stands");
		assertThat(browser.findElements(By.id("withdrawal-form"))).isEmpty();
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

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
