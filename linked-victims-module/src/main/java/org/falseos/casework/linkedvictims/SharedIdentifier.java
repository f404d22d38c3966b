package org.falseos.casework.linkedvictims;

import java.time.Instant;
import java.util.List;

import org.falseos.casework.cases.CaseId;

/**
 * Something several victims' cases share, shown masked: the kind, the platform (or agency) and at most the first
 * two characters of the normalised value. The value itself stays in the cases module.
 */
public record SharedIdentifier(String kind, String platform, String masked, boolean weak, Instant since,
		List<CaseId> caseIds) {
}
