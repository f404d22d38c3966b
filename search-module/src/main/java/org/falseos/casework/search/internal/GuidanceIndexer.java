package org.falseos.casework.search.internal;

import org.falseos.casework.guidance.GuidancePublished;
import org.falseos.casework.guidance.GuidanceWithdrawn;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's index in step with guidance events, searchable as soon as the listener returns.
 * Idempotent: it indexes whatever is published now, so a redelivered or out-of-order event leaves the same index.
 * <p>
 * Deliberately not {@code @ApplicationModuleListener}: that opens a transaction, holding a database connection,
 * before the listener waits for its turn to update the index. Thirty-seven publications at start-up then held
 * every pooled connection while the update in progress waited for one. Without a transaction here, each read
 * through the guidance facade takes a connection only while it runs. The publication registry still records
 * completion, as for any transactional event listener.
 */
@Component
class GuidanceIndexer {

	private final IndexUpdates updates;

	GuidanceIndexer(IndexUpdates updates) {
		this.updates = updates;
	}

	@Async
	@TransactionalEventListener
	void on(GuidancePublished event) {
		updates.refresh(event.itemId());
	}

	@Async
	@TransactionalEventListener
	void on(GuidanceWithdrawn event) {
		updates.refresh(event.itemId());
	}
}
