package org.falseos.casework.search;

import java.util.List;

/** Searches published guidance, suggests titles as people type, and rebuilds the index on request. */
public interface GuidanceSearch {

	SearchResults search(SearchQuery query);

	/** Titles that contain words starting with what was typed so far; empty for fewer than two letters. */
	List<Suggestion> suggest(String typed, int limit);

	/** Starts re-indexing every published item in the background, unless a rebuild is already running. */
	RebuildStatus startRebuild();

	RebuildStatus rebuildStatus();
}
