package org.falseos.casework.linkedvictims;

/** Two cases of different clients came to share something for the first time: a coordinator is to decide. */
public record SuggestionMade(SuggestionId suggestionId) {
}
