package org.falseos.casework.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events reach only the instance that published them, and each instance keeps its own index. So every instance
 * also follows the guidance publication clock every few seconds and indexes whatever changed since its index
 * last caught up (see deploy/README.md). On the publishing instance this repeats what the event did: harmless.
 */
@Component
class PublicationCatchUp {

	private static final Logger log = LoggerFactory.getLogger(PublicationCatchUp.class);

	private final IndexUpdates updates;

	PublicationCatchUp(IndexUpdates updates) {
		this.updates = updates;
	}

	@Scheduled(initialDelayString = "${falseos.search.catch-up-interval:PT5S}",
			fixedDelayString = "${falseos.search.catch-up-interval:PT5S}")
	void catchUp() {
		try {
			int applied = updates.catchUp(false);
			if (applied > 0) {
				log.debug("Search index caught up with {} publication changes", applied);
			}
		}
		catch (RuntimeException e) {
			// The next run tries again from the same point of the clock.
			log.warn("Search index catch-up failed: {}", e.toString());
		}
	}
}
