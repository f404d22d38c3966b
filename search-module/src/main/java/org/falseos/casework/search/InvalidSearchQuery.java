package org.falseos.casework.search;

/**
 * Search input that cannot be searched for: blank, too long, or a filter or page out of range. {@link #field()}
 * names the part of the query at fault: text, jurisdiction, kind, page or size.
 */
public class InvalidSearchQuery extends IllegalArgumentException {

	private final String field;

	public InvalidSearchQuery(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
