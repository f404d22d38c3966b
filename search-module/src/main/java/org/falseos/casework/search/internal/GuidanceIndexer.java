package org.falseos.casework.search.internal;

import org.falseos.casework.guidance.GuidancePublished;
import org.falseos.casework.guidance.GuidanceWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's index in step with guidance events, searchable as soon as the listener returns.
 * Idempotent: it indexes whatever is published now, so a redelivered or out-of-order event leaves the same index.
 */
@Component
class GuidanceIndexer {

	private final IndexUpdates updates;

	GuidanceIndexer(IndexUpdates updates) {
		this.updates = updates;
	}

	@ApplicationModuleListener
	void on(GuidancePublished event) {
		updates.refresh(event.itemId());
	}

	@ApplicationModuleListener
	void on(GuidanceWithdrawn event) {
		updates.refresh(event.itemId());
	}
}
