package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidancePublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GuidanceIndexingIntegrationTests {

	@Autowired
	GuidanceSearch search;

	@Test
	void publishedGuidanceBecomesSearchable(Scenario scenario) {
		var stalking = new GuidanceItemId("scotland", "offence-stalking");

		scenario.publish(new GuidancePublished(stalking, "offence", 1))
			.andWaitForStateChange(() -> search.search(SearchQuery.of("stalking course of conduct")).results(),
					results -> results.stream().anyMatch(hit -> hit.id().equals(stalking.toString())))
			.andVerify(results -> assertThat(results.getFirst().url()).isEqualTo("/guide/scotland/offence-stalking"));
	}
}
