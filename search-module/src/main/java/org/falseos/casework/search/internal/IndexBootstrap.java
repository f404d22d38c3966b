package org.falseos.casework.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the instance reports ready: a full rebuild when the index is missing, was discarded as
 * corrupt or of an older schema, or is empty; otherwise a catch-up with what was published while it was down.
 */
@Component
@Order(10)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final GuidanceIndex index;

	private final IndexRebuild rebuild;

	private final IndexUpdates updates;

	IndexBootstrap(GuidanceIndex index, IndexRebuild rebuild, IndexUpdates updates) {
		this.index = index;
		this.rebuild = rebuild;
		this.updates = updates;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (index.needsRebuild()) {
			log.info("Guidance index needs a full rebuild from published guidance");
			rebuild.runNow();
		}
		else {
			int applied = updates.catchUp(true);
			updates.refreshSuggestions();
			log.info("Guidance index ready with {} items ({} publication changes caught up)", index.documentCount(),
					applied);
		}
	}
}
