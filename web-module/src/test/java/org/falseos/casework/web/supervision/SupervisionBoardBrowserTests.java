package org.falseos.casework.web.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** A supervisor opens the board from the header, narrows it to one caseworker and follows a stalled case. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "falseos.demo-mode=true")
class SupervisionBoardBrowserTests extends BrowserTest {

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSupervisorFiltersTheBoardAndFollowsAStalledCase() {
		var worker = SupervisionBoardApiIntegrationTests.worker();
		CaseId quiet = cases.open(worker, new NewCase("SBB-1", "scotland", "Threats by text", null, null, null, null,
				Set.of("threats"), null, false, false));
		jdbc.sql("update cases.case_file set last_progress_at = :at where id = :id")
			.param("at", Instant.now().minus(Duration.ofDays(16)).atOffset(ZoneOffset.UTC)).param("id", quiet.id())
			.update();

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("supervisor");
		browser.findElement(By.id("password")).sendKeys("demo");
		click(browser.findElement(By.cssSelector(".sign-in-form button[type=submit]")));
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.id("nav-supervision")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Supervision board");
		PageChecks.assertAccessible(browser);

		new Select(browser.findElement(By.id("caseworker"))).selectByValue(worker.username());
		click(browser.findElement(By.id("apply-board-filters")));
		assertThat(browser.getCurrentUrl()).contains("caseworker=" + worker.username());
		assertThat(browser.findElement(By.id("board-caseworker")).getText()).isEqualTo(worker.username());
		assertThat(browser.findElement(By.id("figure-open")).getText()).isEqualTo("1");
		assertThat(browser.findElements(By.cssSelector("#stalled-table .stalled-case"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector("#stalled-table .stalled-case")).getText())
			.contains("SBB-1", "no progress");
		PageChecks.assertAccessible(browser);

		click(browser.findElement(By.cssSelector("#stalled-table a.stalled-link")));
		assertThat(browser.getCurrentUrl()).endsWith("/cases/" + quiet);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("SBB-1");
		PageChecks.assertAccessible(browser);
	}

	/** Clicks and waits for the next page, so nothing is read from the old one. */
	private void click(WebElement element) {
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}
}
