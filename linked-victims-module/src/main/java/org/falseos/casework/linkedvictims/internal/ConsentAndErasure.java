package org.falseos.casework.linkedvictims.internal;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;
import org.falseos.casework.cases.ClientErased;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.ConsentRecorded;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the clients' answers to linking and their erasure. Decides on the case's latest recorded answer, not
 * on the event's, so that redelivered or out-of-order events leave the right state behind.
 */
@Component
class ConsentAndErasure {

	private final CaseLinkingData cases;

	private final Fingerprints fingerprints;

	private final SuggestionRows suggestions;

	private final Linker linker;

	ConsentAndErasure(CaseLinkingData cases, Fingerprints fingerprints, SuggestionRows suggestions, Linker linker) {
		this.cases = cases;
		this.fingerprints = fingerprints;
		this.suggestions = suggestions;
		this.linker = linker;
	}

	@ApplicationModuleListener
	void on(ConsentRecorded event) {
		if (event.kind() != ConsentKind.LINKING) {
			return;
		}
		fingerprints.lock();
		cases.linkableCase(event.caseId()).ifPresent(current -> {
			if (current.linkingConsent() == LinkingConsent.GIVEN) {
				suggestions.involving(current.caseId(), SuggestionState.AWAITING_CONSENT).forEach(linker::complete);
			}
			else {
				// Withdrawn: out of the pattern (and so out of every export); the accepted link waits for consent again.
				linker.unlink(current.caseId(), "consent to linking withdrawn");
				suggestions.involving(current.caseId(), SuggestionState.LINKED)
					.forEach(linked -> suggestions.advance(linked.id(), SuggestionState.AWAITING_CONSENT, null));
			}
		});
	}

	/** Everything derived from the client's cases goes: fingerprints, suggestions, memberships. */
	@ApplicationModuleListener
	void on(ClientErased event) {
		fingerprints.lock();
		event.caseIds().forEach(caseId -> linker.unlink(caseId, "client erased"));
		suggestions.deleteInvolving(event.clientId());
		fingerprints.deleteClient(event.clientId());
		fingerprints.deleteCases(event.caseIds());
	}
}
