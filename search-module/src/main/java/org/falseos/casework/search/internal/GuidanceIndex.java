package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guidance index on disk: one {@link IndexWriter}, a near-real-time {@link SearcherManager}, upsert by id.
 * The folder name carries the schema version, so a new schema starts from an empty index that is rebuilt.
 */
class GuidanceIndex implements AutoCloseable {

	static final String SCHEMA_VERSION = "guidance-v1";

	private static final Logger log = LoggerFactory.getLogger(GuidanceIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	GuidanceIndex(Path indexRoot, Analyzer analyzer) {
		Path folder = indexRoot.resolve(SCHEMA_VERSION);
		try {
			Files.createDirectories(folder);
			this.directory = new MMapDirectory(folder);
			this.writer = openWriter(folder, analyzer);
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the guidance index at " + folder, e);
		}
	}

	private IndexWriter openWriter(Path folder, Analyzer analyzer) throws IOException {
		try {
			return new IndexWriter(directory, new IndexWriterConfig(analyzer));
		}
		catch (IOException corrupt) {
			// The index is derived data: a damaged one is thrown away and rebuilt from PostgreSQL.
			log.warn("Guidance index at {} cannot be opened ({}); starting a fresh one", folder, corrupt.toString());
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
			return new IndexWriter(directory, new IndexWriterConfig(analyzer));
		}
	}

	void upsert(String id, Document document) {
		try {
			writer.updateDocument(new Term(GuidanceFields.ID, id), document);
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String id) {
		try {
			writer.deleteDocuments(new Term(GuidanceFields.ID, id));
			writer.commit();
			searchers.maybeRefresh();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
