package org.falseos.casework.search;

/** What someone typed, with optional filters and paging. */
public record SearchQuery(String text, String jurisdiction, String kind, int page, int size) {

	public static final int MAX_LENGTH = 200;

	public static final int MAX_SIZE = 50;

	public SearchQuery {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Type something to search for.");
		}
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("Search text is limited to " + MAX_LENGTH + " characters.");
		}
		if (page < 0) {
			throw new IllegalArgumentException("Page numbers start at 0.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("Page size must be between 1 and " + MAX_SIZE + ".");
		}
		text = text.strip();
		jurisdiction = blankToNull(jurisdiction);
		kind = blankToNull(kind);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, 0, 10);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
