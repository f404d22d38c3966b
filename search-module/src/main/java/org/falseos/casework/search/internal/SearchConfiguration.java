package org.falseos.casework.search.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	GuidanceAnalysis guidanceAnalysis() {
		return new GuidanceAnalysis();
	}

	@Bean
	GuidanceQueries guidanceQueries(GuidanceAnalysis analysis) {
		return new GuidanceQueries(analysis);
	}

	@Bean(destroyMethod = "close")
	GuidanceIndex guidanceIndex(@Value("${falseos.data-dir:./data}") Path dataDir, GuidanceAnalysis analysis) {
		return new GuidanceIndex(dataDir.resolve("index"), analysis.indexing());
	}

	@Bean(destroyMethod = "close")
	CaseIndex caseIndex(@Value("${falseos.data-dir:./data}") Path dataDir, GuidanceAnalysis analysis) {
		return new CaseIndex(dataDir.resolve("index"), analysis.text());
	}

	@Bean(destroyMethod = "close")
	GuidanceSuggestions guidanceSuggestions(@Value("${falseos.data-dir:./data}") Path dataDir,
			GuidanceAnalysis analysis) {
		return new GuidanceSuggestions(dataDir.resolve("index"), analysis.words());
	}
}
