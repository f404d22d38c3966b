package org.falseos.casework.search;

import org.falseos.casework.cases.Actor;

/**
 * Search of case summaries and diaries, and exact lookup of reference numbers however they are typed. Only cases
 * this person may see are ever found: the team filter is part of the Lucene query, and each hit is checked again
 * through the cases module's access policy.
 */
public interface CaseSearch {

	int MAX_LENGTH = 200;

	int MAX_RESULTS = 20;

	/** The best matches (at most {@link #MAX_RESULTS}); blank or over-long text is an {@link InvalidSearchQuery}. */
	CaseSearchResults search(Actor actor, String text);
}
