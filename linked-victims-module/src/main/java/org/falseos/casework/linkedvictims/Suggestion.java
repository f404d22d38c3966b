package org.falseos.casework.linkedvictims;

import java.time.Instant;
import java.util.List;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;

/**
 * Two cases of different clients that share an identifier or reference number: by case id, team and
 * caseworker, never a client's name. {@code kind} and {@code platform} are those of the strongest, earliest
 * shared item; {@code since} is when the cases first shared something.
 */
public record Suggestion(SuggestionId id, List<SuggestedCase> cases, String kind, String platform, Instant since,
		SuggestionState state, boolean weak, List<SharedIdentifier> shared, String decidedBy, Instant decidedAt,
		String dismissedReason, PatternId patternId) {

	public List<CaseId> caseIds() {
		return cases.stream().map(SuggestedCase::caseId).toList();
	}

	/** The cases whose client's consent to linking is not (or no longer) recorded. */
	public List<CaseId> lackingConsent() {
		return cases.stream().filter(c -> c.consent() != LinkingConsent.GIVEN).map(SuggestedCase::caseId).toList();
	}

	public record SuggestedCase(CaseId caseId, String team, String assignedTo, LinkingConsent consent) {
	}
}
