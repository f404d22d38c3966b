package org.falseos.casework.linkedvictims.internal;

import org.falseos.casework.linkedvictims.internal.normalising.IdentifierNormaliser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LinkingConfiguration {

	@Bean
	IdentifierNormaliser identifierNormaliser() {
		return new IdentifierNormaliser();
	}

	@Bean
	Fingerprinter fingerprinter(LinkingKey key) {
		return new Fingerprinter(key.secret());
	}
}
