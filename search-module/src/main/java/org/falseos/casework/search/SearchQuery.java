package org.falseos.casework.search;

import java.util.regex.Pattern;

import org.falseos.casework.guidance.ItemKind;

/** What someone typed, with optional filters and paging (pages count from 0); invalid input is an {@link InvalidSearchQuery}. */
public record SearchQuery(String text, String jurisdiction, String kind, int page, int size) {

	public static final int MAX_LENGTH = 200;

	public static final int MAX_SIZE = 50;

	public static final int MAX_PAGE = 1000;

	public static final int DEFAULT_SIZE = 10;

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public SearchQuery {
		if (text == null || text.isBlank()) {
			throw new InvalidSearchQuery("text", "Type something to search for.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidSearchQuery("text", "Search text is limited to " + MAX_LENGTH + " characters.");
		}
		if (page < 0 || page > MAX_PAGE) {
			throw new InvalidSearchQuery("page", "Page numbers run from 0 to " + MAX_PAGE + ".");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidSearchQuery("size", "Page size must be between 1 and " + MAX_SIZE + ".");
		}
		text = text.strip();
		jurisdiction = blankToNull(jurisdiction);
		kind = blankToNull(kind);
		if (jurisdiction != null && (jurisdiction.length() > 60 || !CODE.matcher(jurisdiction).matches())) {
			throw new InvalidSearchQuery("jurisdiction", "Jurisdiction codes look like 'scotland'.");
		}
		if (kind != null && !isKind(kind)) {
			throw new InvalidSearchQuery("kind", kind.length() > 60 || !CODE.matcher(kind).matches()
					? "Unknown kind of guidance item." : "Unknown kind of guidance item: " + kind);
		}
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, 0, DEFAULT_SIZE);
	}

	private static boolean isKind(String slug) {
		try {
			ItemKind.fromSlug(slug);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
