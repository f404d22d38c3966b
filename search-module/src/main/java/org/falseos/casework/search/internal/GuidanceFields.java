package org.falseos.casework.search.internal;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** Field names and field types of the guidance index. */
final class GuidanceFields {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	static final String FACTS = "facts";

	static final String KIND = "kind";

	static final String JURISDICTION = "jurisdiction";

	/** Unstemmed words of all text, for "did you mean" from the index's own terms. */
	static final String SPELL = "spell";

	/** Stored text with offsets in the postings, which the unified highlighter reads instead of re-analysing. */
	static final FieldType HIGHLIGHTED = highlighted();

	static final FacetsConfig FACETS = new FacetsConfig();

	private GuidanceFields() {
	}

	private static FieldType highlighted() {
		var type = new FieldType();
		type.setTokenized(true);
		type.setStored(true);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}
}
