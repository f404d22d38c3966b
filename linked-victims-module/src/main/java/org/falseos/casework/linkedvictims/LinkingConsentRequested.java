package org.falseos.casework.linkedvictims;

import org.falseos.casework.cases.CaseId;

/**
 * A coordinator accepted a link involving this case, whose client has not been asked about linking: the case's
 * caseworker should ask (it then shows among the {@link ConsentRequest}s until the answer is recorded).
 */
public record LinkingConsentRequested(SuggestionId suggestionId, CaseId caseId, String team, String caseworker) {
}
