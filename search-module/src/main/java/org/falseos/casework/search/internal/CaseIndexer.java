package org.falseos.casework.search.internal;

import java.util.List;

import org.falseos.casework.cases.CaseClosed;
import org.falseos.casework.cases.CaseOpened;
import org.falseos.casework.cases.ClientErased;
import org.falseos.casework.cases.EscalationChanged;
import org.falseos.casework.cases.IncidentLogged;
import org.falseos.casework.cases.PerpetratorIdentifierRecorded;
import org.falseos.casework.cases.PerpetratorIdentifierWithdrawn;
import org.falseos.casework.cases.ReferenceNumberRecorded;
import org.falseos.casework.cases.ReferenceNumberWithdrawn;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's case index in step with case events: each re-reads the case as it is now, so redelivered
 * or out-of-order events leave the same index, and an erased client's cases (no longer readable) are removed.
 * Not {@code @ApplicationModuleListener}, for the reason given on {@link GuidanceIndexer}.
 */
@Component
class CaseIndexer {

	private final CaseIndexUpdates updates;

	CaseIndexer(CaseIndexUpdates updates) {
		this.updates = updates;
	}

	@Async
	@TransactionalEventListener
	void on(CaseOpened event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(IncidentLogged event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(ReferenceNumberRecorded event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(ReferenceNumberWithdrawn event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(PerpetratorIdentifierRecorded event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(PerpetratorIdentifierWithdrawn event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(EscalationChanged event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(CaseClosed event) {
		updates.refresh(List.of(event.caseId()));
	}

	@Async
	@TransactionalEventListener
	void on(ClientErased event) {
		updates.refresh(event.caseIds());
	}
}
