package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

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
import org.falseos.casework.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A derived index on disk (the Gerrit way): one {@link IndexWriter}, a near-real-time {@link SearcherManager},
 * upsert by id term, a folder per schema version, readable by the app's user only ({@link OwnerOnlyDirectory}).
 * Each commit records the schema version and how far the index has followed its source (a position the subclass
 * defines). An index that is missing, unreadable, corrupt or of another schema version is started afresh and
 * {@link #needsRebuild()} says so; older version folders are deleted.
 */
abstract class LuceneIndex implements AutoCloseable {

	static final String SCHEMA_KEY = "falseos.schema-version";

	private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

	private final int schemaVersion;

	private final String idField;

	private final String positionKey;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final boolean fresh;

	LuceneIndex(Path indexRoot, String folderPrefix, int schemaVersion, Analyzer analyzer, String idField,
			String positionKey, String initialPosition) {
		this.schemaVersion = schemaVersion;
		this.idField = idField;
		this.positionKey = positionKey;
		Path folder = indexRoot.resolve(folderPrefix + schemaVersion);
		try {
			IndexFolders.deleteOlderVersions(indexRoot, folderPrefix, schemaVersion);
			OwnerOnly.folder(indexRoot);
			this.directory = new OwnerOnlyDirectory(folder);
			String problem = problemWith(directory, schemaVersion);
			this.fresh = problem != null;
			if (fresh) {
				log.info("Index at {} is {}: starting a fresh one, to be rebuilt from its source", folder, problem);
				IndexFolders.clear(folder);
			}
			this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
			if (fresh) {
				commitAt(initialPosition, null);
			}
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the index at " + folder, e);
		}
	}

	/** Why an existing index cannot be used, or null when it can. */
	private static String problemWith(Directory directory, int schemaVersion) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return "missing";
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
				if (!String.valueOf(schemaVersion).equals(schema)) {
					return "of schema version " + schema + ", not " + schemaVersion;
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
			writer.updateDocument(new Term(idField, id), document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String id) {
		try {
			writer.deleteDocuments(new Term(idField, id));
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

	/** Makes changes durable and searchable, recording how far the index has followed its source. */
	synchronized void commitAt(String position) {
		commitAt(position, searchers);
	}

	private void commitAt(String position, SearcherManager refresh) {
		try {
			writer.setLiveCommitData(
					Map.of(SCHEMA_KEY, String.valueOf(schemaVersion), positionKey, position).entrySet());
			writer.commit();
			if (refresh != null) {
				refresh.maybeRefreshBlocking();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The position recorded by the last commit, or null. */
	synchronized String position() {
		var data = writer.getLiveCommitData();
		if (data != null) {
			for (Map.Entry<String, String> entry : data) {
				if (positionKey.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return null;
	}

	int documentCount() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
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
