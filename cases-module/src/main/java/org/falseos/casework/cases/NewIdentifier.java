package org.falseos.casework.cases;

/** A perpetrator identifier exactly as entered; linking normalises it, the case keeps what was seen. */
public record NewIdentifier(IdentifierKind kind, String platform, String value) {
}
