package org.falseos.casework.search.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.MMapDirectory;

/**
 * Latency of case search inside the JVM, over a copy of a real case index (see docs/benchmarks.md, "Cases"): the
 * same query as {@link LuceneCaseSearch} for the North team, the 20 best hits, their stored fields and snippets.
 * Leaves out what the HTTP figures include: the password check and the per-hit access check in PostgreSQL.
 */
public final class CaseSearchBenchmark {

	private static final List<String> WORDS = List.of("stalking", "threatening messages", "fake profile",
			"home address", "employer", "withheld number", "demanded money", "false claims", "doxxing", "extortion");

	private CaseSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(System.getProperty("benchmark.case-index", "/tmp/casesearch-bench-index"));
		int rounds = Integer.getInteger("benchmark.rounds", 200);
		var analyzer = new GuidanceAnalysis().text();
		var snippets = Snippets.forCases(analyzer);
		try (var directory = new MMapDirectory(folder); var reader = DirectoryReader.open(directory)) {
			var searcher = new IndexSearcher(reader);
			List<String> queries = new ArrayList<>(WORDS);
			queries.addAll(references(reader, 7));
			System.out.printf("Case index %s: %d cases; queries %s%n", folder, reader.numDocs(), queries);
			for (int i = 0; i < 20 * queries.size(); i++) {
				search(searcher, snippets, analyzer, queries.get(i % queries.size()));
			}
			long[] nanos = new long[rounds * queries.size()];
			long hits = 0;
			for (int i = 0; i < nanos.length; i++) {
				long t = System.nanoTime();
				hits += search(searcher, snippets, analyzer, queries.get(i % queries.size()));
				nanos[i] = System.nanoTime() - t;
			}
			Arrays.sort(nanos);
			System.out.printf("Case search (Lucene, top 20 + snippets) p50 %.3f ms  p99 %.3f ms  max %.3f ms  "
					+ "(%d searches, %d total matches)%n", nanos[nanos.length / 2] / 1e6,
					nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6, nanos[nanos.length - 1] / 1e6,
					nanos.length, hits);
		}
	}

	private static long search(IndexSearcher searcher, Snippets snippets, org.apache.lucene.analysis.Analyzer analyzer,
			String text) throws Exception {
		Query words = LuceneCaseSearch.words(analyzer, text);
		var top = searcher.search(LuceneCaseSearch.query(Set.of("North"), text, words), 20);
		if (words != null) {
			snippets.of(searcher, words, top.scoreDocs);
		}
		var stored = searcher.storedFields();
		for (var hit : top.scoreDocs) {
			stored.document(hit.doc);
		}
		return top.totalHits.value();
	}

	/** Reference numbers typed the way people do: lower case, a space in the middle (some of other teams' cases). */
	private static List<String> references(DirectoryReader reader, int count) throws Exception {
		List<String> typed = new ArrayList<>();
		var terms = MultiTerms.getTerms(reader, CaseFields.REFERENCE).iterator();
		int n = 0;
		for (var term = terms.next(); term != null && typed.size() < count; term = terms.next()) {
			if (n++ % 5_000 == 0) {
				String key = term.utf8ToString().toLowerCase();
				typed.add(key.substring(0, key.length() / 2) + " " + key.substring(key.length() / 2));
			}
		}
		return typed;
	}
}
