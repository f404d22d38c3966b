package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.CaseSearchResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** A case changed on another instance reaches this one's index through the catch-up, without an event. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseCatchUpIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	CaseIndexing indexing;

	@Autowired
	CaseIndex index;

	@Autowired
	Cases cases;

	@Autowired
	CaseSearch search;

	@Test
	void aCaseThisIndexMissedIsCaughtUpFromTheDatabase() {
		String word = "dugongrant" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		var id = cases.open(NORTH, new NewCase("CU-" + word, "scotland", "Abuse by a " + word, null, null, null, null,
				Set.of(), null, false, false));
		await().until(() -> found(word).contains(id.id().toString()));

		// As if the case had been opened on another instance: this index never heard of it.
		index.delete(id.id().toString());
		index.commit(index.changesAsOf());
		assertThat(found(word)).isEmpty();

		// A run skips while another index update holds the turn, so keep running it as the scheduler would.
		await().untilAsserted(() -> {
			indexing.catchUp();
			assertThat(found(word)).containsExactly(id.id().toString());
		});
	}

	private java.util.List<String> found(String word) {
		return search.search(NORTH, word).results().stream().map(CaseSearchResults.Result::id).toList();
	}
}
