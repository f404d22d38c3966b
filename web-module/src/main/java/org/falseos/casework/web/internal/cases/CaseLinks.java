package org.falseos.casework.web.internal.cases;

import org.falseos.casework.cases.CaseId;

/** Where a change on a case sends the person afterwards: the one place that knows the case page's sections. */
public final class CaseLinks {

	private CaseLinks() {
	}

	/** The case page's tab that shows a section: references, identifiers, offences, client, tasks. */
	public static String section(CaseId id, String section) {
		String tab = switch (section) {
			case "references" -> "/references";
			case "identifiers" -> "/references#identifiers";
			case "tasks" -> "/tasks";
			case "offences" -> "#offences-heading";
			case "client" -> "#safe-contact";
			default -> throw new IllegalArgumentException("No tab shows the section " + section);
		};
		return "/cases/" + id + tab;
	}
}
