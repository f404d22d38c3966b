package org.falseos.casework.search.internal;

/** Field names of the case index. */
final class CaseFields {

	static final String ID = "id";

	static final String TEAM = "team";

	static final String CLIENT_CODE = "client_code";

	/** The client code as a reference key, so "nc 0142" finds NC-0142. */
	static final String CLIENT_CODE_KEY = "client_code_key";

	static final String STATUS = "status";

	static final String RUNG = "rung";

	static final String SUMMARY = "summary";

	static final String DIARY = "diary";

	/** Reference numbers as keys: upper case, letters and digits only, matched exactly. */
	static final String REFERENCE = "reference";

	/** Perpetrator identifiers as keys ({@link IdentifierKeys}), matched exactly. */
	static final String IDENTIFIER = "identifier";

	/** Perpetrator identifiers as typed, analysed like the summary, so a word of one is found too. */
	static final String IDENTIFIER_TEXT = "identifier_text";

	private CaseFields() {
	}

	/** The same key the cases module stores, so "ps-2026 0042" finds "PS-20260042". */
	static String referenceKey(String typed) {
		return typed.toUpperCase().replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
