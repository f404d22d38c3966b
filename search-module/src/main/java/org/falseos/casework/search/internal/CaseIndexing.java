package org.falseos.casework.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Start-up and catch-up of the case index. At start-up: a full rebuild when the index was missing or discarded,
 * otherwise a catch-up with the cases changed while this instance was down. Then, because events reach only the
 * instance that published them, every instance asks every few seconds which cases changed and re-indexes them.
 */
@Component
@Order(11)
class CaseIndexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CaseIndexing.class);

	private final CaseIndex index;

	private final CaseIndexUpdates updates;

	CaseIndexing(CaseIndex index, CaseIndexUpdates updates) {
		this.index = index;
		this.updates = updates;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (index.needsRebuild()) {
			log.info("Case index rebuilt: {} cases", updates.rebuild());
		}
		else {
			log.info("Case index ready with {} cases ({} changed cases caught up)", index.documentCount(),
					updates.catchUp());
		}
	}

	@Scheduled(initialDelayString = "${falseos.search.catch-up-interval:PT5S}",
			fixedDelayString = "${falseos.search.catch-up-interval:PT5S}")
	void catchUp() {
		try {
			int applied = updates.catchUp();
			if (applied > 0) {
				log.debug("Case index caught up with {} changed cases", applied);
			}
		}
		catch (RuntimeException e) {
			// The next run tries again from the same reading of the clock.
			log.warn("Case index catch-up failed: {}", e.toString());
		}
	}
}
