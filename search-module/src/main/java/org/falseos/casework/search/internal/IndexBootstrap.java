package org.falseos.casework.search.internal;

import org.falseos.casework.search.GuidanceSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Rebuilds the index at start-up when it is missing, was discarded as corrupt, or is of an older schema. */
@Component
@Order(10)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final GuidanceIndex index;

	private final GuidanceSearch search;

	IndexBootstrap(GuidanceIndex index, GuidanceSearch search) {
		this.index = index;
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (index.documentCount() == 0) {
			log.info("Guidance index {} is empty: rebuilt {} items from published guidance",
					GuidanceIndex.SCHEMA_VERSION, search.rebuild());
		}
	}
}
