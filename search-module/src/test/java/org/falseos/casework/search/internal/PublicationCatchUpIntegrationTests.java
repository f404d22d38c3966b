package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.search.GuidanceRows;
import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Another instance published or withdrew guidance, so this one got no event: the catch-up along the publication
 * clock brings its index up to date all the same.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PublicationCatchUpIntegrationTests {

	@Autowired
	PublicationCatchUp catchUp;

	@Autowired
	GuidanceIndex index;

	@Autowired
	Guidance guidance;

	@Autowired
	GuidanceSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void guidancePublishedAndWithdrawnElsewhereIsCaughtUpWithoutEvents() {
		var rows = new GuidanceRows(jdbc);
		var id = new GuidanceItemId(GuidanceRows.JURISDICTION, "published-elsewhere");
		rows.publish(id, "Bilbyknot advice", "About the bilbyknot.", "Published by another instance.");

		// A run skips while another index update holds the turn, so keep running it as the scheduler would.
		await().untilAsserted(() -> {
			catchUp.catchUp();
			assertThat(search.search(SearchQuery.of("bilbyknot")).results()).extracting(hit -> hit.id())
				.containsExactly(id.toString());
		});
		assertThat(index.publicationSequence()).isEqualTo(guidance.publicationSequence());

		rows.withdraw(id);

		await().untilAsserted(() -> {
			catchUp.catchUp();
			assertThat(search.search(SearchQuery.of("bilbyknot")).results()).isEmpty();
		});
		assertThat(index.publicationSequence()).isEqualTo(guidance.publicationSequence());
	}
}
