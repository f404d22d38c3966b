package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Set;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.web.BrowserTest;
import org.falseos.casework.web.PageChecks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Without JavaScript's help: the case's Evidence tab says why the police bundle is not there and what to do, and
 * the team's supervisor releases one bundle with a reason; the page passes axe-core's WCAG A and AA checks
 * throughout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class PoliceConsentBrowserTests extends BrowserTest {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Test
	void theEvidenceTabExplainsTheMissingPoliceConsentAndASupervisorOverridesOnce() {
		CaseId id = cases.open(NORTH, NewCase.of("PCB-1", "scotland", "Threats on X"));
		locker.add(NORTH, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				new ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G' }));

		signIn("caseworker");
		browser.get(url("/cases/" + id + "/evidence"));
		assertThat(browser.findElement(By.id("bundle-consent")).getText())
			.contains("The police bundle is not available: the client has not given police consent.",
					"record their answer under Consents");
		assertThat(browser.findElements(By.cssSelector("#bundle a[href$='/bundle']"))).isEmpty();
		assertThat(browser.findElements(By.id("override"))).isEmpty();
		PageChecks.assertAccessible(browser);

		browser.manage().deleteAllCookies();
		signIn("supervisor");
		browser.get(url("/cases/" + id + "/evidence"));
		submit("#override button[type=submit]");
		assertThat(browser.findElement(By.id("override-reason-error")).getText()).contains("Say why");
		PageChecks.assertAccessible(browser);

		browser.findElement(By.id("override-reason")).sendKeys("The officer needs the evidence tonight");
		submit("#override button[type=submit]");
		assertThat(browser.findElement(By.id("police-overrides")).getText())
			.contains("Police consent overridden by supervisor", "The officer needs the evidence tonight",
					"stands for the next police bundle");
		assertThat(browser.findElement(By.cssSelector("#bundle a[href$='/bundle']")).getText())
			.isEqualTo("Download the evidence bundle for the police (ZIP)");
		assertThat(browser.findElements(By.id("bundle-consent"))).isEmpty();
		assertThat(browser.findElement(By.id("confirmation")).getText()).contains("Police consent overridden once");
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
