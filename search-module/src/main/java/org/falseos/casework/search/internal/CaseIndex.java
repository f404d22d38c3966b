package org.falseos.casework.search.internal;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.lucene.analysis.Analyzer;

/**
 * The case index: its position is the database time up to which case changes are in it, so a restarted or other
 * instance knows where to catch up from.
 */
class CaseIndex extends LuceneIndex {

	static final int SCHEMA_VERSION = 2;

	static final String FOLDER_PREFIX = "cases-v";

	static final String CHANGES_KEY = "falseos.case-changes-as-of";

	CaseIndex(Path indexRoot, Analyzer analyzer) {
		super(indexRoot, FOLDER_PREFIX, SCHEMA_VERSION, analyzer, CaseFields.ID, CHANGES_KEY, Instant.EPOCH.toString());
	}

	/** Makes changes durable and searchable, recording that case changes up to {@code asOf} are in. */
	void commit(Instant asOf) {
		commitAt(asOf.toString());
	}

	Instant changesAsOf() {
		String position = position();
		return position == null ? Instant.EPOCH : Instant.parse(position);
	}
}
