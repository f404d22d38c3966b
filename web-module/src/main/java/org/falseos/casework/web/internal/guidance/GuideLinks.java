package org.falseos.casework.web.internal.guidance;

import org.falseos.casework.guidance.GuidanceItem;

/** Where the public pages of guidance live. */
final class GuideLinks {

	private GuideLinks() {
	}

	static String jurisdiction(String code) {
		return "/guide/" + code;
	}

	static String item(GuidanceItem item) {
		return "/guide/" + item.id().jurisdiction() + "/" + item.id().slug();
	}
}
