package org.falseos.casework.search.internal;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidancePublished;
import org.falseos.casework.guidance.GuidanceWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with published guidance. Idempotent: it indexes whatever is published now, so a
 * redelivered or out-of-order event leaves the same index behind.
 */
@Component
class GuidanceIndexer {

	private final Guidance guidance;

	private final GuidanceIndex index;

	GuidanceIndexer(Guidance guidance, GuidanceIndex index) {
		this.guidance = guidance;
		this.index = index;
	}

	@ApplicationModuleListener
	void on(GuidancePublished event) {
		var id = event.itemId();
		guidance.item(id).ifPresentOrElse(item -> index.upsert(id.toString(), GuidanceDocuments.of(item)),
				() -> index.delete(id.toString()));
	}

	@ApplicationModuleListener
	void on(GuidanceWithdrawn event) {
		var id = event.itemId();
		if (guidance.item(id).isEmpty()) {
			index.delete(id.toString());
		}
	}
}
