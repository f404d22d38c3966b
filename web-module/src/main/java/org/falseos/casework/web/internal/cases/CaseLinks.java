package org.falseos.casework.web.internal.cases;

import org.falseos.casework.cases.CaseId;

/** Where a change on a case sends the person afterwards: the one place that knows the case page's sections. */
public final class CaseLinks {

	private CaseLinks() {
	}

	/** The case page at one of its sections: references, identifiers, offences, client, tasks. */
	public static String section(CaseId id, String section) {
		return "/cases/" + id + "#" + section;
	}
}
