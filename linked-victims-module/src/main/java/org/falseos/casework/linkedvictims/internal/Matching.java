package org.falseos.casework.linkedvictims.internal;

import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.PerpetratorIdentifierRecorded;
import org.falseos.casework.cases.ReferenceNumberRecorded;
import org.falseos.casework.linkedvictims.SuggestionMade;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.linkedvictims.internal.normalising.IdentifierNormaliser;
import org.falseos.casework.linkedvictims.internal.normalising.Normalised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fingerprints every identifier and reference number recorded on a case and matches it against everything held:
 * the value is read from the cases module, normalised, hashed and forgotten. Idempotent: a redelivered event
 * finds its fingerprint and matches already there and changes nothing.
 */
@Component
class Matching {

	private static final Logger log = LoggerFactory.getLogger(Matching.class);

	private final CaseLinkingData cases;

	private final IdentifierNormaliser normaliser;

	private final Fingerprinter fingerprinter;

	private final Fingerprints fingerprints;

	private final SuggestionRows suggestions;

	private final PatternRows patterns;

	private final ApplicationEventPublisher events;

	Matching(CaseLinkingData cases, IdentifierNormaliser normaliser, Fingerprinter fingerprinter,
			Fingerprints fingerprints, SuggestionRows suggestions, PatternRows patterns, ApplicationEventPublisher events) {
		this.events = events;
		this.cases = cases;
		this.normaliser = normaliser;
		this.fingerprinter = fingerprinter;
		this.fingerprints = fingerprints;
		this.suggestions = suggestions;
		this.patterns = patterns;
	}

	@ApplicationModuleListener
	void on(PerpetratorIdentifierRecorded event) {
		cases.identifier(event.identifierId()).ifPresent(identifier -> {
			try {
				record(identifier.id(), identifier.caseId(), identifier.clientId(), normaliser.normalise(identifier.kind(),
						identifier.platform(), identifier.value(), identifier.jurisdiction()));
			}
			catch (IllegalArgumentException nothingToMatch) {
				// Blank after clean-up (e.g. only invisible characters): retrying would not change that.
				log.info("Linking: identifier {} has nothing to match on", identifier.id());
			}
		});
	}

	@ApplicationModuleListener
	void on(ReferenceNumberRecorded event) {
		cases.referenceNumber(event.referenceNumberId()).ifPresent(reference -> {
			try {
				record(reference.id(), reference.caseId(), reference.clientId(),
						normaliser.referenceNumber(reference.agency(), reference.number()));
			}
			catch (IllegalArgumentException nothingToMatch) {
				log.info("Linking: reference number {} has nothing to match on", reference.id());
			}
		});
	}

	private void record(UUID sourceId, CaseId caseId, ClientId clientId, Normalised normalised) {
		fingerprints.lock();
		byte[] hash = fingerprinter.hash(normalised);
		fingerprints.insert(sourceId, caseId, clientId, normalised, hash);
		for (var holder : fingerprints.matches(hash, clientId)) {
			var paired = suggestions.pair(caseId, clientId, holder.caseId(), holder.clientId());
			var id = paired.id();
			if (paired.created()) {
				events.publishEvent(new SuggestionMade(id));
			}
			boolean newToThePair = suggestions.addMatch(id, normalised, hash);
			var suggestion = suggestions.find(id).orElseThrow();
			boolean decidedAway = suggestion.state() == SuggestionState.DISMISSED
					|| suggestion.state() == SuggestionState.WITHDRAWN;
			if (decidedAway && newToThePair) {
				suggestions.advance(id, SuggestionState.OPEN, null);
				suggestions.log(id, "REOPENED", Linker.SYSTEM, "The cases now also share a " + normalised.kind() + ".");
			}
			else if (suggestion.state() == SuggestionState.OPEN) {
				// Already together in one pattern (linked through a third case): nothing to decide.
				var pattern = patterns.patternOf(caseId);
				if (pattern.isPresent() && pattern.equals(patterns.patternOf(holder.caseId()))) {
					suggestions.advance(id, SuggestionState.LINKED, pattern.get());
				}
			}
		}
	}
}
