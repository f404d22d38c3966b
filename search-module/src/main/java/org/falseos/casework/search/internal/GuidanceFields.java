package org.falseos.casework.search.internal;

/** Field names of the guidance index. */
final class GuidanceFields {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	static final String FACTS = "facts";

	static final String KIND = "kind";

	static final String JURISDICTION = "jurisdiction";

	private GuidanceFields() {
	}
}
