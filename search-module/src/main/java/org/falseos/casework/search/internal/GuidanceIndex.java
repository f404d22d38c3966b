package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guidance index on disk: one {@link IndexWriter}, a near-real-time {@link SearcherManager}, upsert by id.
 * Each commit records the schema version and how far along the guidance publication clock the index is. An index
 * that is missing, unreadable, corrupt or of another schema version is started afresh (it is derived data) and
 * {@link #needsRebuild()} says so; folders of older schema versions are deleted.
 */
class GuidanceIndex implements AutoCloseable {

	static final int SCHEMA_VERSION = 2;

	static final String FOLDER_PREFIX = "guidance-v";

	static final String SCHEMA_KEY = "falseos.schema-version";

	static final String SEQUENCE_KEY = "falseos.publication-sequence";

	private static final Logger log = LoggerFactory.getLogger(GuidanceIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean fresh;

	GuidanceIndex(Path indexRoot, Analyzer analyzer) {
		Path folder = indexRoot.resolve(FOLDER_PREFIX + SCHEMA_VERSION);
		try {
			IndexFolders.deleteOlderVersions(indexRoot, FOLDER_PREFIX, SCHEMA_VERSION);
			Files.createDirectories(folder);
			this.directory = new MMapDirectory(folder);
			String problem = problemWith(directory);
			this.fresh = problem != null;
			if (fresh) {
				log.info("Guidance index at {} is {}: starting a fresh one, rebuilt from published guidance", folder,
						problem);
				IndexFolders.clear(folder);
			}
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			if (fresh) {
				commit(0);
			}
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the guidance index at " + folder, e);
		}
	}

	/** Why an existing index cannot be used, or null when it can. */
	private static String problemWith(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return "missing";
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
				if (!String.valueOf(SCHEMA_VERSION).equals(schema)) {
					return "of schema version " + schema + ", not " + SCHEMA_VERSION;
				}
				for (LeafReaderContext leaf : reader.leaves()) {
					leaf.reader().checkIntegrity();
				}
				return null;
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return "unreadable or corrupt (" + unreadable + ")";
		}
	}

	/** True when the index was started afresh at start-up or holds nothing. */
	boolean needsRebuild() {
		return fresh || documentCount() == 0;
	}

	void upsert(String id, Document document) {
		try {
			writer.updateDocument(new Term(GuidanceFields.ID, id), document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String id) {
		try {
			writer.deleteDocuments(new Term(GuidanceFields.ID, id));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes changes durable and searchable, recording that the index reflects the clock up to {@code sequence}. */
	synchronized void commit(long sequence) {
		try {
			writer.setLiveCommitData(Map.of(SCHEMA_KEY, String.valueOf(SCHEMA_VERSION), SEQUENCE_KEY,
					String.valueOf(sequence)).entrySet());
			writer.commit();
			if (searchers != null) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How far along the guidance publication clock the index is (0 for a fresh index). */
	synchronized long publicationSequence() {
		var data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (SEQUENCE_KEY.equals(entry.getKey())) {
					return Long.parseLong(entry.getValue());
				}
			}
		}
		return 0;
	}

	int documentCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
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

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
			IndexSearcher searcher = searchers.acquire();
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

	/** Work done with an acquired searcher, which is released afterwards whatever happens. */
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;
	}
}
