package org.falseos.casework.search;

/** A guidance title offered while someone types, and where the item is. */
public record Suggestion(String title, String url) {
}
