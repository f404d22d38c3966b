package org.falseos.casework.search;

import java.util.regex.Pattern;

import org.falseos.casework.cases.Actor;

/**
 * Search of case summaries, diaries and perpetrator identifiers, and exact lookup of reference numbers and
 * identifiers however they are typed. Only cases this person may see are ever found: the team filter is part of
 * the Lucene query, and each hit is checked again through the cases module's access policy.
 */
public interface CaseSearch {

	int MAX_LENGTH = 200;

	int MAX_RESULTS = 20;

	/** Letter or digit groups joined by single spaces, dashes, slashes or dots: "SCO/1234/26", "ps 2026 0042". */
	Pattern REFERENCE_SHAPE = Pattern.compile("[\\p{L}\\p{N}]+([ ./-][\\p{L}\\p{N}]+){0,5}");

	/** The best matches (at most {@link #MAX_RESULTS}); blank or over-long text is an {@link InvalidSearchQuery}. */
	CaseSearchResults search(Actor actor, String text);

	/**
	 * Whether the text is shaped like a crime or case reference number: at most 40 characters of letter and digit
	 * groups (joined by a space, dash, slash or dot) with at least four digits, and no word longer than five
	 * letters ("SCO/1234/26", "PS-20260042", "ico 12345"; not "999", not "harassment since 2024").
	 */
	static boolean looksLikeReferenceNumber(String text) {
		if (text == null) {
			return false;
		}
		String typed = text.strip();
		if (typed.length() > 40 || !REFERENCE_SHAPE.matcher(typed).matches()
				|| typed.chars().filter(Character::isDigit).count() < 4) {
			return false;
		}
		for (String group : typed.split("[ ./-]")) {
			if (group.length() > 5 && group.chars().allMatch(Character::isLetter)) {
				return false;
			}
		}
		return true;
	}
}
