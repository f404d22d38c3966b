package org.falseos.casework.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSearchData;
import org.falseos.casework.cases.CaseSearchData.SearchableCase;
import org.springframework.stereotype.Component;

/**
 * The one way the case index changes: a case refreshed after an event, a catch-up with the cases changed since
 * the index's last reading of the database clock, or a full rebuild. Each writes what the cases module holds now
 * (a case it no longer returns, such as an erased client's, is removed), so repeating one is harmless.
 */
@Component
class CaseIndexUpdates {

	static final int BATCH = 500;

	static final int REBUILD_ABOVE = 5_000;

	/**
	 * A change is stamped when its transaction starts but seen only once it commits, so every catch-up looks this
	 * far back again; re-indexing a case twice is harmless.
	 */
	static final Duration OVERLAP = Duration.ofMinutes(2);

	private final ReentrantLock turn = new ReentrantLock();

	private final CaseSearchData cases;

	private final CaseIndex index;

	CaseIndexUpdates(CaseSearchData cases, CaseIndex index) {
		this.cases = cases;
		this.index = index;
	}

	void refresh(List<CaseId> ids) {
		turn.lock();
		try {
			ids.forEach(this::apply);
			index.commit(index.changesAsOf());
		}
		finally {
			turn.unlock();
		}
	}

	/** Applies the cases changed since the index's last reading; does nothing when another update is running. */
	int catchUp() {
		if (!turn.tryLock()) {
			return 0;
		}
		try {
			Instant since = index.changesAsOf();
			var changes = cases.changedSince(since.equals(Instant.EPOCH) ? since : since.minus(OVERLAP));
			Set<CaseId> ids = new HashSet<>(changes.caseIds());
			if (ids.size() > REBUILD_ABOVE) {
				// Paging through every case beats reading tens of thousands one by one (after a bulk import).
				return rebuild();
			}
			if (!ids.isEmpty()) {
				// Idle instances write nothing: the next question simply starts from the same, older reading.
				ids.forEach(this::apply);
				index.commit(changes.asOf());
			}
			return ids.size();
		}
		finally {
			turn.unlock();
		}
	}

	/** Re-indexes every case, page by page, and stands at the database time read before the first page. */
	int rebuild() {
		turn.lock();
		try {
			// Only the database's clock reading is wanted here: a time in the future finds no changes.
			Instant asOf = cases.changedSince(Instant.now().plus(Duration.ofDays(1))).asOf();
			index.deleteAll();
			int indexed = 0;
			List<SearchableCase> page = cases.searchableCases(null, BATCH);
			while (!page.isEmpty()) {
				page.forEach(found -> index.upsert(found.id().id().toString(), CaseDocuments.of(found)));
				indexed += page.size();
				page = page.size() < BATCH ? List.of() : cases.searchableCases(page.getLast().id(), BATCH);
			}
			index.commit(asOf);
			return indexed;
		}
		finally {
			turn.unlock();
		}
	}

	private void apply(CaseId id) {
		cases.searchableCase(id).ifPresentOrElse(found -> index.upsert(id.id().toString(), CaseDocuments.of(found)),
				() -> index.delete(id.id().toString()));
	}
}
