package org.falseos.casework.search.internal;

import org.falseos.casework.guidance.GuidanceItemId;

/** Where a guidance item is read: {@code /guide/<jurisdiction>/<slug>}. */
final class Urls {

	private Urls() {
	}

	static String of(String itemId) {
		var id = GuidanceItemId.parse(itemId);
		return "/guide/" + id.jurisdiction() + "/" + id.slug();
	}
}
