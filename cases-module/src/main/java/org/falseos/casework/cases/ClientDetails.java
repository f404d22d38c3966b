package org.falseos.casework.cases;

/** The client's details as a correction sets them: how to reach them safely, and the risks to keep in mind. */
public record ClientDetails(String name, String contact, String safeContactNotes, boolean doxxedAddress,
		boolean swattingRisk) {
}
