package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.falseos.casework.search.internal.GuidanceIndex.SearcherFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case index on disk, in the style of {@link GuidanceIndex}: one writer, a near-real-time searcher manager,
 * upsert by case id. Each commit records the database time up to which case changes are in the index, so a
 * restarted or other instance knows where to catch up from. A missing, unreadable or other-version index is
 * started afresh and rebuilt.
 */
class CaseIndex implements AutoCloseable {

	static final int SCHEMA_VERSION = 1;

	static final String FOLDER_PREFIX = "cases-v";

	static final String CHANGES_KEY = "falseos.case-changes-as-of";

	private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean fresh;

	CaseIndex(Path indexRoot, Analyzer analyzer) {
		Path folder = indexRoot.resolve(FOLDER_PREFIX + SCHEMA_VERSION);
		try {
			IndexFolders.deleteOlderVersions(indexRoot, FOLDER_PREFIX, SCHEMA_VERSION);
			Files.createDirectories(folder);
			this.directory = new MMapDirectory(folder);
			String problem = problemWith(directory);
			this.fresh = problem != null;
			if (fresh) {
				log.info("Case index at {} is {}: starting a fresh one, rebuilt from the cases", folder, problem);
				IndexFolders.clear(folder);
			}
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			if (fresh) {
				commit(Instant.EPOCH);
			}
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the case index at " + folder, e);
		}
	}

	private static String problemWith(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return "missing";
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				String schema = reader.getIndexCommit().getUserData().get(GuidanceIndex.SCHEMA_KEY);
				if (!String.valueOf(SCHEMA_VERSION).equals(schema)) {
					return "of schema version " + schema + ", not " + SCHEMA_VERSION;
				}
				for (var leaf : reader.leaves()) {
					leaf.reader().checkIntegrity();
				}
				return null;
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return "unreadable or corrupt (" + unreadable + ")";
		}
	}

	/** True when started afresh or empty, as after the synthetic data command (which publishes no events). */
	boolean needsRebuild() {
		return fresh || documentCount() == 0;
	}

	void upsert(String id, Document document) {
		try {
			writer.updateDocument(new Term(CaseFields.ID, id), document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void deleteAll() {
		try {
			writer.deleteAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String id) {
		try {
			writer.deleteDocuments(new Term(CaseFields.ID, id));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes changes durable and searchable, recording that case changes up to {@code asOf} are in. */
	synchronized void commit(Instant asOf) {
		try {
			writer.setLiveCommitData(Map.of(GuidanceIndex.SCHEMA_KEY, String.valueOf(SCHEMA_VERSION), CHANGES_KEY,
					asOf.toString()).entrySet());
			writer.commit();
			if (searchers != null) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	synchronized Instant changesAsOf() {
		var data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (CHANGES_KEY.equals(entry.getKey())) {
					return Instant.parse(entry.getValue());
				}
			}
		}
		return Instant.EPOCH;
	}

	int documentCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
			var searcher = searchers.acquire();
			try {
				return function.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
