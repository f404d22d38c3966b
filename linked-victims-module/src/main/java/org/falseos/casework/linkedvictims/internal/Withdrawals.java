package org.falseos.casework.linkedvictims.internal;

import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.LinkableCase;
import org.falseos.casework.cases.PerpetratorIdentifierWithdrawn;
import org.falseos.casework.cases.ReferenceNumberWithdrawn;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An identifier or reference number withdrawn (or corrected) on its case stops counting: its fingerprint goes,
 * a suggestion that rested only on it is withdrawn with the reason, and a link in a pattern that rested only on
 * it goes too, which may dissolve the pattern. Idempotent: a redelivered event finds no fingerprint to remove.
 */
@Component
class Withdrawals {

	private final Fingerprints fingerprints;

	private final SuggestionRows suggestions;

	private final PatternRows patterns;

	private final Linker linker;

	private final CaseLinkingData cases;

	Withdrawals(Fingerprints fingerprints, SuggestionRows suggestions, PatternRows patterns, Linker linker,
			CaseLinkingData cases) {
		this.fingerprints = fingerprints;
		this.suggestions = suggestions;
		this.patterns = patterns;
		this.linker = linker;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(PerpetratorIdentifierWithdrawn event) {
		forget(event.identifierId(), event.caseId(), "identifier", event.reason());
	}

	@ApplicationModuleListener
	void on(ReferenceNumberWithdrawn event) {
		forget(event.referenceNumberId(), event.caseId(), "reference number", event.reason());
	}

	private void forget(UUID sourceId, CaseId caseId, String what, String reason) {
		fingerprints.lock();
		var removed = fingerprints.delete(sourceId);
		// A correction to an equivalent value (or a second entry of the same one) still holds the hash.
		if (removed.isEmpty() || fingerprints.holds(caseId, removed.get().hash())) {
			return;
		}
		String because = "Withdrawn: the shared " + what + " was withdrawn from case "
				+ cases.linkableCase(caseId).map(LinkableCase::clientCode).orElse(caseId.toString()) + ": "
				+ (reason == null || reason.isBlank() ? "no reason given" : reason.strip());
		for (var id : suggestions.withdrawMatch(caseId, removed.get().hash())) {
			if (suggestions.stillShares(id)) {
				continue;
			}
			var suggestion = suggestions.find(id).orElseThrow();
			suggestions.withdraw(id, because);
			if (suggestion.state() == SuggestionState.LINKED) {
				patterns.patternOf(caseId).ifPresent(pattern -> linker.reconsider(pattern, because));
			}
		}
	}
}
