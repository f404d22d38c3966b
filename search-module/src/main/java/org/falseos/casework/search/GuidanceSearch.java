package org.falseos.casework.search;

/** Searches published guidance. */
public interface GuidanceSearch {

	SearchResults search(SearchQuery query);

	/** Re-indexes every published guidance item from the guidance module. */
	int rebuild();
}
