package org.falseos.casework.linkedvictims.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseLinkingData.CaseStanding;
import org.falseos.casework.cases.CaseLinkingData.LinkableCase;
import org.falseos.casework.linkedvictims.SharedIdentifier;
import org.falseos.casework.linkedvictims.Suggestion;
import org.falseos.casework.linkedvictims.Suggestion.SuggestedCase;
import org.springframework.stereotype.Component;

/**
 * Suggestions as coordinators see them: each case by client code, team, caseworker, rung and incidents, what
 * they share masked as each case holds it. Nothing that would identify a victim.
 */
@Component
class SuggestionViews {

	private final SuggestionRows suggestions;

	private final Fingerprints fingerprints;

	private final CaseLinkingData cases;

	SuggestionViews(SuggestionRows suggestions, Fingerprints fingerprints, CaseLinkingData cases) {
		this.suggestions = suggestions;
		this.fingerprints = fingerprints;
		this.cases = cases;
	}

	/** Empty while a client's erasure is still being processed. */
	Optional<Suggestion> of(SuggestionRows.Row row) {
		var a = cases.linkableCase(row.caseA());
		var b = cases.linkableCase(row.caseB());
		var all = suggestions.matches(row.id());
		if (a.isEmpty() || b.isEmpty() || all.isEmpty()) {
			return Optional.empty();
		}
		// A withdrawn suggestion shows what it rested on; any other shows only what is still shared.
		var standing = all.stream().filter(m -> !m.withdrawn()).toList();
		var matches = standing.isEmpty() ? all : standing;
		var pair = List.of(a.get(), b.get()).stream().map(c -> side(c, matches)).toList();
		var caseIds = List.of(row.caseA(), row.caseB());
		var shared = matches.stream()
			.map(m -> new SharedIdentifier(m.kind(), m.platform(), m.masked(), m.weak(), m.matchedAt(), caseIds))
			.toList();
		var first = matches.getFirst();
		var since = matches.stream().map(SuggestionRows.Match::matchedAt).min(Comparator.naturalOrder()).orElseThrow();
		return Optional.of(new Suggestion(row.id(), pair, first.kind(), first.platform(), since, row.state(),
				matches.stream().allMatch(SuggestionRows.Match::weak), shared, row.decidedBy(), row.decidedAt(),
				row.dismissedReason(), row.patternId(), row.withdrawnReason()));
	}

	private SuggestedCase side(LinkableCase c, List<SuggestionRows.Match> matches) {
		var standing = cases.standing(c.caseId()).orElse(new CaseStanding(c.caseId(), 0, null, 0, null, null));
		// Withdrawn from this side: its fingerprint is gone, so it says so instead of a masked form.
		var shares = matches.stream()
			.map(m -> fingerprints.maskedOn(c.caseId(), m.hash()).orElse("withdrawn"))
			.toList();
		return new SuggestedCase(c.caseId(), c.clientCode(), c.team(), c.assignedTo(), c.linkingConsent(),
				standing.rung(), standing.rungTitle(), standing.incidents(), standing.firstIncident(),
				standing.lastIncident(), shares);
	}
}
