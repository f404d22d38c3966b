package org.falseos.casework.cases;

import java.util.Set;

/**
 * What intake records to open a case. The client is found by code in the team, or created there when the code
 * is new; {@code team} may be left out by someone who works in one team only.
 */
public record NewCase(String clientCode, String jurisdiction, String summary, String team, String clientName,
		String clientContact, String safeContactNotes, Set<String> harmTypes, String perpetratorCountry,
		boolean doxxedAddress, boolean swattingRisk) {

	public NewCase {
		harmTypes = harmTypes == null ? Set.of() : Set.copyOf(harmTypes);
	}

	public static NewCase of(String clientCode, String jurisdiction, String summary) {
		return new NewCase(clientCode, jurisdiction, summary, null, null, null, null, Set.of(), null, false, false);
	}
}
