package org.falseos.casework.linkedvictims;

import java.time.Instant;

import org.falseos.casework.cases.CaseId;

/**
 * A coordinator accepted a link involving this case, but its client has not been asked about linking: the
 * caseworker should ask. It disappears by itself once the answer is recorded on the case.
 */
public record ConsentRequest(CaseId caseId, String clientCode, String team, String assignedTo, Instant requestedAt,
		String requestedBy) {
}
