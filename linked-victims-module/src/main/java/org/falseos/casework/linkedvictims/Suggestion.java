package org.falseos.casework.linkedvictims;

import java.time.Instant;
import java.util.List;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;

/**
 * Two cases of different clients that share an identifier or reference number: by client code, team, caseworker
 * and how far each case has gone, never a client's name. {@code kind} and {@code platform} are those of the
 * strongest, earliest shared item; {@code since} is when the cases first shared something. A withdrawn
 * suggestion keeps what it shared and says why it was withdrawn.
 */
public record Suggestion(SuggestionId id, List<SuggestedCase> cases, String kind, String platform, Instant since,
		SuggestionState state, boolean weak, List<SharedIdentifier> shared, String decidedBy, Instant decidedAt,
		String dismissedReason, PatternId patternId, String withdrawnReason) {

	public List<CaseId> caseIds() {
		return cases.stream().map(SuggestedCase::caseId).toList();
	}

	/** The cases whose client's consent to linking is not (or no longer) recorded. */
	public List<CaseId> lackingConsent() {
		return cases.stream().filter(c -> c.consent() != LinkingConsent.GIVEN).map(SuggestedCase::caseId).toList();
	}

	/** The cases whose client has not been asked yet (or whose answer is not recorded). */
	public List<SuggestedCase> awaitingConsent() {
		return cases.stream().filter(c -> c.consent() == LinkingConsent.NOT_RECORDED).toList();
	}

	/** The cases whose client said no to linking: not awaiting anything, refused. */
	public List<SuggestedCase> refusingConsent() {
		return cases.stream().filter(c -> c.consent() == LinkingConsent.REFUSED).toList();
	}

	/**
	 * One side of the pair. {@code shares} is this case's masked form of each shared item, in the order of
	 * {@link Suggestion#shared()}; the incident count and span and the rung say how much the case holds.
	 */
	public record SuggestedCase(CaseId caseId, String clientCode, String team, String assignedTo,
			LinkingConsent consent, int rung, String rungTitle, int incidents, Instant firstIncident,
			Instant lastIncident, List<String> shares) {
	}
}
