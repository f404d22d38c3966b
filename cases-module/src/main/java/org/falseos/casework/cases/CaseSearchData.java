package org.falseos.casework.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the search module may read about cases to index them, system to system: no {@link Actor}, because search
 * filters by team and then asks {@link Cases#isVisible} before showing a hit. Cases of erased clients are never
 * returned. Only the text worth searching is here: the summary, the diary's descriptions (corrected entries left
 * out), the reference numbers' keys and the perpetrator identifiers as they were typed (the identifiers recorded
 * on the case and those named in diary entries); search makes its own keys from them.
 */
public interface CaseSearchData {

	Optional<SearchableCase> searchableCase(CaseId id);

	/** Cases in id order after {@code after} (null for the first page), for a full rebuild. */
	List<SearchableCase> searchableCases(CaseId after, int limit);

	/** Cases opened, changed (diary, references, identifiers, rung), closed or erased at or after {@code since}, and the database time of the answer. */
	CaseChanges changedSince(Instant since);

	/** A case as the search index holds it; reference keys are upper case, letters and digits only. */
	record SearchableCase(CaseId id, String clientCode, String team, String status, int rung, String summary,
			List<String> diary, List<String> referenceKeys, List<String> identifiers, Instant openedAt) {
	}

	/** Ids of changed cases (erased ones included, to be dropped), as of a database clock reading. */
	record CaseChanges(Instant asOf, List<CaseId> caseIds) {
	}
}
