package org.falseos.casework.search.internal;

import java.nio.file.Path;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	Analyzer guidanceAnalyzer() {
		return new EnglishAnalyzer();
	}

	@Bean(destroyMethod = "close")
	GuidanceIndex guidanceIndex(@Value("${falseos.data-dir:./data}") Path dataDir, Analyzer guidanceAnalyzer) {
		return new GuidanceIndex(dataDir.resolve("index"), guidanceAnalyzer);
	}
}
