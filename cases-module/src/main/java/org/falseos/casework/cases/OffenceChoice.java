package org.falseos.casework.cases;

/** An offence to name on a case (a guidance item id of the case's jurisdiction) and why it applies. */
public record OffenceChoice(String offenceId, String reason) {
}
