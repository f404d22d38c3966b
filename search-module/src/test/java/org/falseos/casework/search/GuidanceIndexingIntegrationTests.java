package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidancePublished;
import org.falseos.casework.guidance.GuidanceWithdrawn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** Publishing, editing and withdrawing guidance is reflected in search results as the events arrive. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GuidanceIndexingIntegrationTests {

	@Autowired
	GuidanceSearch search;

	@Autowired
	JdbcClient jdbc;

	GuidanceRows rows;

	@BeforeEach
	void rows() {
		rows = new GuidanceRows(jdbc);
	}

	@Test
	void publishedGuidanceBecomesSearchable(Scenario scenario) {
		var id = new GuidanceItemId(GuidanceRows.JURISDICTION, "quokkaplan-published");
		int revision = rows.publish(id, "The quokkaplan for safety", "Plan ahead with a quokkaplan.", "Body text.");

		scenario.publish(new GuidancePublished(id, "essential", revision))
			.andWaitForStateChange(() -> search.suggest("quokkap", 5), suggested -> !suggested.isEmpty())
			.andVerify(suggested -> {
				assertThat(suggested).containsExactly(
						new Suggestion("The quokkaplan for safety", "/guide/testland/quokkaplan-published"));
				assertThat(search.search(SearchQuery.of("quokkaplan")).results()).singleElement()
					.satisfies(hit -> assertThat(hit.url()).isEqualTo("/guide/testland/quokkaplan-published"));
			});
	}

	@Test
	void editedGuidanceIsFoundByItsNewWordsOnly(Scenario scenario) {
		var id = new GuidanceItemId(GuidanceRows.JURISDICTION, "edited-item");
		rows.publish(id, "Wombatfold advice", "About the wombatfold.", "First version.");
		scenario.publish(new GuidancePublished(id, "essential", 1))
			.andWaitForStateChange(() -> ids("wombatfold"), found -> found.contains(id.toString()));

		int edited = rows.publish(id, "Platypunch advice", "About the platypunch.", "Second version.");

		scenario.publish(new GuidancePublished(id, "essential", edited))
			.andWaitForStateChange(() -> ids("platypunch"), found -> found.contains(id.toString()))
			.andVerify(found -> assertThat(ids("wombatfold")).doesNotContain(id.toString()));
	}

	@Test
	void withdrawnGuidanceIsNoLongerFound(Scenario scenario) {
		var id = new GuidanceItemId(GuidanceRows.JURISDICTION, "withdrawn-item");
		rows.publish(id, "Numbatclip advice", "About the numbatclip.", "Soon withdrawn.");
		scenario.publish(new GuidancePublished(id, "essential", 1))
			.andWaitForStateChange(() -> ids("numbatclip"), found -> found.contains(id.toString()));

		rows.withdraw(id);

		scenario.publish(new GuidanceWithdrawn(id))
			.andWaitForStateChange(() -> ids("numbatclip").size() + search.suggest("numbatcl", 5).size(),
					left -> left == 0);
	}

	private List<String> ids(String text) {
		return search.search(SearchQuery.of(text)).results().stream().map(SearchResults.Hit::id).toList();
	}
}
