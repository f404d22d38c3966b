package org.falseos.casework.search.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;

/** The guidance index: its position is how far along the guidance publication clock it is. */
class GuidanceIndex extends LuceneIndex {

	static final int SCHEMA_VERSION = 2;

	static final String FOLDER_PREFIX = "guidance-v";

	static final String SEQUENCE_KEY = "falseos.publication-sequence";

	GuidanceIndex(Path indexRoot, Analyzer analyzer) {
		super(indexRoot, FOLDER_PREFIX, SCHEMA_VERSION, analyzer, GuidanceFields.ID, SEQUENCE_KEY, "0");
	}

	/** Makes changes durable and searchable, recording that the index reflects the clock up to {@code sequence}. */
	void commit(long sequence) {
		commitAt(String.valueOf(sequence));
	}

	/** How far along the guidance publication clock the index is (0 for a fresh index). */
	long publicationSequence() {
		String position = position();
		return position == null ? 0 : Long.parseLong(position);
	}

	Set<String> ids() {
		return withSearcher(searcher -> {
			Set<String> ids = new HashSet<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Bits live = leaf.reader().getLiveDocs();
				var stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						ids.add(stored.document(doc, Set.of(GuidanceFields.ID)).get(GuidanceFields.ID));
					}
				}
			}
			return ids;
		});
	}
}
