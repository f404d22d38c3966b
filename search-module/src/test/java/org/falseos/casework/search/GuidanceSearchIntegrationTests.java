package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;


import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.GuidancePublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** Snippets, facets, filters, paging, "did you mean" and suggestions over the Scottish guide. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GuidanceSearchIntegrationTests {

	@Autowired
	GuidanceSearch search;

	@Autowired
	Guidance guidance;

	@Autowired
	JdbcClient jdbc;

	@Test
	void snippetsMarkWhatMatched() {
		var top = search.search(SearchQuery.of("sextortion")).results().getFirst();

		assertThat(top.id()).isEqualTo("scotland.offence-extortion");
		assertThat(top.snippet()).contains("<mark>sextortion</mark>");
	}

	@Test
	void snippetsAreHtmlEscapedApartFromTheMarks(Scenario scenario) {
		var id = new GuidanceItemId(GuidanceRows.JURISDICTION, "escaped-item");
		int revision = new GuidanceRows(jdbc).publish(id, "Escaping test", "Nothing to see here.",
				"The kangarook said <script>alert('x')</script> & left.");

		scenario.publish(new GuidancePublished(id, "essential", revision))
			.andWaitForStateChange(() -> search.search(SearchQuery.of("kangarook")).results(), hits -> !hits.isEmpty())
			.andVerify(hits -> assertThat(hits.getFirst().snippet())
				.contains("<mark>kangarook</mark>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; left")
				.doesNotContain("<script>"));
	}

	@Test
	void facetsCountEveryMatchNotJustThePage() {
		var results = search.search(new SearchQuery("police", null, null, 0, 1));

		assertThat(results.results()).hasSize(1);
		assertThat(results.total()).isGreaterThan(5);
		assertThat(results.facets().get("kind").values().stream().mapToLong(Integer::longValue).sum())
			.isEqualTo(results.total());
		assertThat(results.facets().get("jurisdiction")).containsEntry("scotland", (int) results.total());
	}

	@Test
	void filteringByKindKeepsTheOtherKindsCountedForTheFacet() {
		var all = search.search(SearchQuery.of("police"));
		var offences = search.search(new SearchQuery("police", "scotland", "offence", 0, 50));

		assertThat(offences.results()).isNotEmpty().allSatisfy(hit -> assertThat(hit.kind()).isEqualTo("offence"));
		assertThat(offences.total()).isEqualTo(all.facets().get("kind").get("offence").longValue());
		assertThat(offences.facets().get("kind")).isEqualTo(all.facets().get("kind"));
	}

	@Test
	void filteringByAJurisdictionWithNoGuidanceFindsNothing() {
		var results = search.search(new SearchQuery("police", "atlantis", null, 0, 10));

		assertThat(results.total()).isZero();
		assertThat(results.results()).isEmpty();
	}

	@Test
	void pagesFollowOnFromEachOther() {
		var first = search.search(new SearchQuery("police", null, null, 0, 3));
		var second = search.search(new SearchQuery("police", null, null, 1, 3));
		var beyond = search.search(new SearchQuery("police", null, null, 200, 3));

		assertThat(second.results()).hasSize(3).doesNotContainAnyElementsOf(first.results());
		assertThat(second.total()).isEqualTo(first.total());
		assertThat(beyond.results()).isEmpty();
		assertThat(beyond.total()).isEqualTo(first.total());
	}

	@Test
	void misspellingsAreCorrectedFromTheIndexsOwnWords() {
		var results = search.search(SearchQuery.of("stalkng"));

		assertThat(results.didYouMean()).isEqualTo("stalking");
		assertThat(results.results().getFirst().id()).isEqualTo("scotland.offence-stalking");
	}

	@Test
	void wordsKnownThroughSynonymsAreNotCorrected() {
		assertThat(search.search(SearchQuery.of("doxing")).didYouMean()).isNull();
		assertThat(search.search(SearchQuery.of("stalking")).didYouMean()).isNull();
	}

	@Test
	void suggestionsCompleteTitlesAsPeopleType() {
		assertThat(search.suggest("stalk", 5)).contains(new Suggestion("Stalking", "/guide/scotland/offence-stalking"));
		assertThat(search.suggest("doxx", 5)).extracting(Suggestion::url).contains("/guide/scotland/doxxing-status");
		assertThat(search.suggest("s", 5)).isEmpty();
	}

	@Test
	void aFullRebuildReportsProgressAndKeepsEverySearchWorking() {
		int published = guidance.allPublished().size();

		search.startRebuild();

		await()
			.until(() -> search.rebuildStatus().state() == RebuildStatus.State.DONE);
		assertThat(search.rebuildStatus()).satisfies(status -> {
			assertThat(status.indexed()).isEqualTo(published);
			assertThat(status.total()).isEqualTo(published);
			assertThat(status.finishedAt()).isAfterOrEqualTo(status.startedAt());
		});
		assertThat(search.search(SearchQuery.of("stalking")).results().getFirst().id())
			.isEqualTo("scotland.offence-stalking");
	}

	@Test
	void invalidQueriesAreRefusedWithAClearMessage() {
		assertThatIllegalArgumentException().isThrownBy(() -> SearchQuery.of("  "))
			.withMessage("Type something to search for.");
		assertThatIllegalArgumentException().isThrownBy(() -> SearchQuery.of("x".repeat(201)))
			.withMessageContaining("200 characters");
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("x", null, "gossip", 0, 10))
			.withMessageContaining("gossip");
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("x", null, null, -1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new SearchQuery("x", null, null, 0, 51));
	}
}
