package org.falseos.casework.linkedvictims.internal;

import java.util.List;
import java.util.Optional;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.linkedvictims.SharedIdentifier;
import org.falseos.casework.linkedvictims.Suggestion;
import org.falseos.casework.linkedvictims.Suggestion.SuggestedCase;
import org.springframework.stereotype.Component;

/** Suggestions as coordinators see them: cases by id, team and caseworker, what they share masked. */
@Component
class SuggestionViews {

	private final SuggestionRows suggestions;

	private final CaseLinkingData cases;

	SuggestionViews(SuggestionRows suggestions, CaseLinkingData cases) {
		this.suggestions = suggestions;
		this.cases = cases;
	}

	/** Empty while a client's erasure is still being processed. */
	Optional<Suggestion> of(SuggestionRows.Row row) {
		var a = cases.linkableCase(row.caseA());
		var b = cases.linkableCase(row.caseB());
		var matches = suggestions.matches(row.id());
		if (a.isEmpty() || b.isEmpty() || matches.isEmpty()) {
			return Optional.empty();
		}
		var pair = List.of(a.get(), b.get()).stream()
			.map(c -> new SuggestedCase(c.caseId(), c.team(), c.assignedTo(), c.linkingConsent()))
			.toList();
		var caseIds = List.of(row.caseA(), row.caseB());
		var shared = matches.stream()
			.map(m -> new SharedIdentifier(m.kind(), m.platform(), m.masked(), m.weak(), m.matchedAt(), caseIds))
			.toList();
		var first = matches.getFirst();
		var since = matches.stream().map(SuggestionRows.Match::matchedAt).min(java.util.Comparator.naturalOrder()).orElseThrow();
		return Optional.of(new Suggestion(row.id(), pair, first.kind(), first.platform(), since, row.state(),
				matches.stream().allMatch(SuggestionRows.Match::weak), shared, row.decidedBy(), row.decidedAt(),
				row.dismissedReason(), row.patternId()));
	}
}
