package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * What people really type finds the item meant for them among the first three results: plain words, how
 * frightened people describe what happened, other spellings and synonyms, misspellings. The queries live in
 * {@code relevance-queries.csv}; each names the item it must find.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class GuidanceRelevanceTests {

	@Autowired
	GuidanceSearch search;

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvFileSource(resources = "/relevance-queries.csv", delimiter = '|')
	void theIntendedItemIsAmongTheTopThree(String typed, String slug) {
		List<SearchResults.Hit> results = search.search(SearchQuery.of(typed)).results();

		assertThat(results.stream().limit(3).map(SearchResults.Hit::id))
			.as("top results for \"%s\": %s", typed, results.stream().limit(5).map(SearchResults.Hit::id).toList())
			.contains("scotland." + slug);
	}
}
