package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.util.BytesRef;
import org.falseos.casework.OwnerOnly;
import org.falseos.casework.guidance.ItemKind;
import org.falseos.casework.search.Suggestion;

/**
 * Suggestions as you type: an {@link AnalyzingInfixSuggester} over the titles in the guidance index, kept in its
 * own folder beside it and rebuilt from the index whenever the index changes (titles are few and short).
 */
class GuidanceSuggestions implements AutoCloseable {

	static final String FOLDER_PREFIX = "suggest-v";

	private static final int MIN_PREFIX_CHARS = 2;

	private final AnalyzingInfixSuggester suggester;

	private volatile boolean built;

	GuidanceSuggestions(Path indexRoot, Analyzer words) {
		Path folder = indexRoot.resolve(FOLDER_PREFIX + GuidanceIndex.SCHEMA_VERSION);
		try {
			IndexFolders.deleteOlderVersions(indexRoot, FOLDER_PREFIX, GuidanceIndex.SCHEMA_VERSION);
			OwnerOnly.folder(indexRoot);
			suggester = new AnalyzingInfixSuggester(new OwnerOnlyDirectory(folder), words, words, MIN_PREFIX_CHARS,
					true);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the suggestions index at " + folder, e);
		}
	}

	/** Replaces every suggestion with the titles now in the index. */
	synchronized void rebuild(GuidanceIndex index) {
		List<Entry> entries = index.withSearcher(searcher -> Entry.all(searcher.getIndexReader()));
		try {
			suggester.build(new Entries(entries.iterator()));
			built = true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	List<Suggestion> lookup(String typed, int limit) {
		if (!built || typed == null || typed.strip().length() < MIN_PREFIX_CHARS) {
			return List.of();
		}
		try {
			return suggester.lookup(typed.strip(), limit, true, false).stream()
				.map(result -> new Suggestion(result.key.toString(), Urls.of(result.payload.utf8ToString())))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		suggester.close();
	}

	/** A title to suggest: emergencies and first steps rank above later parts of a guide. */
	record Entry(String id, String title, String kind) {

		long weight() {
			return ItemKind.values().length - ItemKind.fromSlug(kind).ordinal();
		}

		static List<Entry> all(org.apache.lucene.index.IndexReader reader) throws IOException {
			var fields = Set.of(GuidanceFields.ID, GuidanceFields.TITLE, GuidanceFields.KIND);
			var entries = new java.util.ArrayList<Entry>();
			for (var leaf : reader.leaves()) {
				var live = leaf.reader().getLiveDocs();
				var stored = leaf.reader().storedFields();
				for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						var document = stored.document(doc, fields);
						entries.add(new Entry(document.get(GuidanceFields.ID), document.get(GuidanceFields.TITLE),
								document.get(GuidanceFields.KIND)));
					}
				}
			}
			return entries;
		}
	}

	/** Feeds entries to the suggester: the title is the text, the item id the payload. */
	private static final class Entries implements InputIterator {

		private final Iterator<Entry> entries;

		private Entry current;

		Entries(Iterator<Entry> entries) {
			this.entries = entries;
		}

		@Override
		public BytesRef next() {
			if (!entries.hasNext()) {
				return null;
			}
			current = entries.next();
			return new BytesRef(current.title());
		}

		@Override
		public long weight() {
			return current.weight();
		}

		@Override
		public BytesRef payload() {
			return new BytesRef(current.id());
		}

		@Override
		public boolean hasPayloads() {
			return true;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}
	}
}
