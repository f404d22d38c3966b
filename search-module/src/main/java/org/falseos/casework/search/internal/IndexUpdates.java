package org.falseos.casework.search.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.PublicationChange;
import org.springframework.stereotype.Component;

/**
 * The one way the index changes: an item refreshed after an event, a catch-up along the publication clock, or a
 * full rebuild. Each writes what is published now, so repeating one is harmless. They take turns, so a rebuild
 * working from an older snapshot can never undo a withdrawal that a catch-up has already recorded.
 */
@Component
class IndexUpdates {

	static final int BATCH = 500;

	private final ReentrantLock turn = new ReentrantLock();

	private final Guidance guidance;

	private final GuidanceIndex index;

	private final GuidanceSuggestions suggestions;

	IndexUpdates(Guidance guidance, GuidanceIndex index, GuidanceSuggestions suggestions) {
		this.guidance = guidance;
		this.index = index;
		this.suggestions = suggestions;
	}

	/** Indexes what is published now for one item, or removes it when nothing is. */
	void refresh(GuidanceItemId id) {
		turn.lock();
		try {
			apply(id);
			index.commit(index.publicationSequence());
			suggestions.rebuild(index);
		}
		finally {
			turn.unlock();
		}
	}

	/**
	 * Applies every publication change after the point the index has reached, in batches; returns how many were
	 * applied. When {@code wait} is false and another update is running, does nothing: the next run catches up.
	 */
	int catchUp(boolean wait) {
		if (wait) {
			turn.lock();
		}
		else if (!turn.tryLock()) {
			return 0;
		}
		try {
			int applied = 0;
			List<PublicationChange> changes;
			do {
				changes = guidance.publicationChangesSince(index.publicationSequence(), BATCH);
				changes.forEach(change -> apply(change.itemId()));
				if (!changes.isEmpty()) {
					index.commit(changes.getLast().sequence());
					applied += changes.size();
				}
			}
			while (changes.size() == BATCH);
			if (applied > 0) {
				suggestions.rebuild(index);
			}
			return applied;
		}
		finally {
			turn.unlock();
		}
	}

	/**
	 * Re-indexes every published item and removes everything else, reporting each item indexed; the index then
	 * stands at the point of the publication clock read before the items were.
	 */
	void rebuild(IntConsumer total, Runnable indexed) {
		turn.lock();
		try {
			long clock = guidance.publicationSequence();
			List<GuidanceItem> items = guidance.allPublished();
			total.accept(items.size());
			Set<String> stale = new HashSet<>(index.ids());
			for (GuidanceItem item : items) {
				String id = item.id().toString();
				index.upsert(id, GuidanceDocuments.of(item));
				stale.remove(id);
				indexed.run();
			}
			stale.forEach(index::delete);
			index.commit(Math.max(clock, index.publicationSequence()));
			suggestions.rebuild(index);
		}
		finally {
			turn.unlock();
		}
	}

	/** Rebuilds the suggestions from the index as it is, for a start-up that found nothing to change. */
	void refreshSuggestions() {
		turn.lock();
		try {
			suggestions.rebuild(index);
		}
		finally {
			turn.unlock();
		}
	}

	private void apply(GuidanceItemId id) {
		guidance.item(id).ifPresentOrElse(item -> index.upsert(id.toString(), GuidanceDocuments.of(item)),
				() -> index.delete(id.toString()));
	}
}
