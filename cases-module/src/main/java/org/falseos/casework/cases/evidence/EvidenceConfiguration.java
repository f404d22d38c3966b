package org.falseos.casework.cases.evidence;

import java.nio.file.Path;

import org.falseos.casework.OwnerOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceSettings.class)
class EvidenceConfiguration {

	// Under the one data folder, so that backing up the folder backs up the evidence with the database. Owner-only
	// from the start; files stored by an earlier version are tightened here too.
	@Bean
	EvidenceStore evidenceStore(@Value("${falseos.data-dir:./data}") Path dataDir, EvidenceSettings settings) {
		return new EvidenceStore(OwnerOnly.tree(dataDir.resolve("evidence")), settings.maxSize().toBytes(),
				new ContentTypes());
	}
}
