package org.falseos.casework.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;

import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.search.SearchQuery;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Guidance search, Lucene against PostgreSQL full-text search, on the same synthetic corpus of 10,000
 * guidance-like items in one run. Not a test: run it with the command in docs/benchmarks.md. Lucene uses this
 * module's real analysis and query building; PostgreSQL a weighted tsvector with a GIN index and
 * websearch_to_tsquery. Both are measured single-threaded, one query after another, after a warm-up of half as many rounds.
 * Settings (system properties): benchmark.jdbc-url, benchmark.jdbc-user, benchmark.jdbc-password,
 * benchmark.items (10000), benchmark.rounds (100).
 */
public final class GuidanceSearchBenchmark {

	static final List<String> QUERY_MIX = List.of("someone posted my address", "fake account pretending to be me",
			"doxing", "stalkng", "harasser lives in Texas", "police ignored me", "sextortion nudes",
			"crime reference number", "who do I complain to about the police", "MSP", "Action Fraud",
			"record phone call", "swatting", "death threat", "how do I save evidence", "identity theft",
			"no updates from the police", "phishing email", "defamation", "perpetrator lives in Australia");

	private static final List<String> JURISDICTIONS = List.of("scotland", "england-wales", "northern-ireland",
			"ireland", "wales-cymru", "jersey", "guernsey", "isle-of-man", "canada-ontario", "australia-nsw");

	private GuidanceSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int items = Integer.getInteger("benchmark.items", 10_000);
		int rounds = Integer.getInteger("benchmark.rounds", 100);
		List<GuidanceItem> corpus = corpus(items);
		System.out.printf(Locale.ROOT, "Corpus: %d synthetic guidance items; query mix of %d queries, %d rounds%n",
				corpus.size(), QUERY_MIX.size(), rounds);
		Path folder = Files.createTempDirectory("falseos-benchmark-");
		try (var lucene = new LuceneUnderTest(folder, corpus); var postgres = new PostgresUnderTest(corpus)) {
			System.out.printf(Locale.ROOT, "Build: Lucene index %d ms, PostgreSQL insert + GIN index %d ms%n",
					lucene.buildMillis, postgres.buildMillis);
			var ranked = measure("Lucene, top 10 + exact count", rounds, lucene::ranked);
			var full = measure("Lucene, full search (facets, snippets, did you mean)", rounds, lucene::full);
			var pg = measure("PostgreSQL FTS, top 10 + exact count", rounds, postgres::ranked);
			System.out.printf(Locale.ROOT, "Ratio (PostgreSQL / Lucene top 10): p50 %.1fx, p99 %.1fx, throughput %.1fx%n",
					pg.p50() / ranked.p50(), pg.p99() / ranked.p99(), ranked.qps() / pg.qps());
			System.out.printf(Locale.ROOT, "Ratio (PostgreSQL / Lucene full search): p50 %.1fx, p99 %.1fx, throughput %.1fx%n",
					pg.p50() / full.p50(), pg.p99() / full.p99(), full.qps() / pg.qps());
		}
		finally {
			IndexFolders.deleteRecursively(folder);
		}
	}

	private static Result measure(String name, int rounds, Engine engine) throws Exception {
		for (int i = 0; i < Math.max(5, rounds / 2); i++) {
			for (String query : QUERY_MIX) {
				engine.run(query);
			}
		}
		long[] nanos = new long[rounds * QUERY_MIX.size()];
		long[] perQuery = new long[QUERY_MIX.size()];
		int n = 0;
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (int q = 0; q < QUERY_MIX.size(); q++) {
				long start = System.nanoTime();
				engine.run(QUERY_MIX.get(q));
				nanos[n++] = System.nanoTime() - start;
				perQuery[q] += nanos[n - 1];
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(nanos);
		var result = new Result(nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6,
				nanos.length / seconds);
		System.out.printf(Locale.ROOT, "%-55s p50 %7.3f ms   p99 %7.3f ms   %8.1f queries/s%n", name, result.p50(),
				result.p99(), result.qps());
		java.util.stream.IntStream.range(0, perQuery.length).boxed()
			.sorted((a, b) -> Long.compare(perQuery[b], perQuery[a])).limit(3)
			.forEach(q -> System.out.printf(Locale.ROOT, "    slowest: %-40s mean %7.3f ms%n", "\"" + QUERY_MIX.get(q) + "\"",
					perQuery[q] / 1e6 / rounds));
		return result;
	}

	/** Items made from the Scottish guide's own items: sentences mixed across items, spread over jurisdictions. */
	static List<GuidanceItem> corpus(int size) throws IOException {
		var yaml = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<ItemContent> templates = new ArrayList<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:guidance/scotland/items/*.yaml")) {
			templates.add(yaml.readValue(file.getContentAsByteArray(), ItemContent.class));
		}
		var random = new Random(20261126L);
		List<String> sentences = templates.stream()
			.flatMap(item -> Arrays.stream(PlainText.of(item.body()).split("(?<=[.!?])\\s+|\\n")))
			.filter(sentence -> sentence.length() > 20)
			.toList();
		List<GuidanceItem> corpus = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			ItemContent template = templates.get(i % templates.size());
			var body = new StringBuilder(PlainText.of(template.body()));
			for (int s = 0, extra = 5 + random.nextInt(20); s < extra; s++) {
				body.append(s % 4 == 0 ? "\n\n" : " ").append(sentences.get(random.nextInt(sentences.size())));
			}
			String slug = template.id() + "-" + i;
			var content = new ItemContent(slug, template.kind(), template.position(),
					template.title() + " (" + JURISDICTIONS.get(i % JURISDICTIONS.size()) + " " + i + ")",
					template.summary(), body.toString(), null, null, template.contacts(), template.offence(),
					template.crossBorder(), template.rung(), template.sources(), null, null, null);
			corpus.add(new GuidanceItem(new GuidanceItemId(JURISDICTIONS.get(i % JURISDICTIONS.size()), slug), 1,
					content, Instant.EPOCH));
		}
		return corpus;
	}

	/** One search engine answering one query. */
	interface Engine {

		void run(String query) throws Exception;
	}

	record Result(double p50, double p99, double qps) {
	}

	/** The module's own index, analysis, query building and search service over the corpus. */
	static final class LuceneUnderTest implements AutoCloseable {

		final GuidanceIndex index;

		final GuidanceSuggestions suggestions;

		final GuidanceQueries queries;

		final LuceneGuidanceSearch search;

		final long buildMillis;

		LuceneUnderTest(Path folder, List<GuidanceItem> corpus) {
			var analysis = new GuidanceAnalysis();
			long start = System.nanoTime();
			index = new GuidanceIndex(folder, analysis.indexing());
			corpus.forEach(item -> index.upsert(item.id().toString(), GuidanceDocuments.of(item)));
			index.commit(0);
			buildMillis = (System.nanoTime() - start) / 1_000_000;
			suggestions = new GuidanceSuggestions(folder, analysis.words());
			queries = new GuidanceQueries(analysis);
			// Rebuilds are not measured, so the rebuild path needs no guidance module behind it.
			search = new LuceneGuidanceSearch(index, queries, analysis, suggestions,
					new IndexRebuild(new IndexUpdates(null, index, suggestions)));
		}

		void ranked(String text) {
			index.withSearcher(searcher -> {
				var query = queries.prepare(text, searcher.getIndexReader()).query();
				return searcher.search(query, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
			});
		}

		void full(String text) {
			search.search(SearchQuery.of(text));
		}

		@Override
		public void close() throws IOException {
			suggestions.close();
			index.close();
		}
	}

	/** The same items in PostgreSQL: a weighted tsvector column with a GIN index, in a schema of its own. */
	static final class PostgresUnderTest implements AutoCloseable {

		static final String SCHEMA = "falseos_benchmark_" + Long.toHexString(System.nanoTime());

		final Connection connection;

		final PreparedStatement ranked;

		final long buildMillis;

		PostgresUnderTest(List<GuidanceItem> corpus) throws SQLException {
			var credentials = new Properties();
			credentials.setProperty("user", System.getProperty("benchmark.jdbc-user", "postgres"));
			if (System.getProperty("benchmark.jdbc-password") != null) {
				credentials.setProperty("password", System.getProperty("benchmark.jdbc-password"));
			}
			connection = DriverManager.getConnection(
					System.getProperty("benchmark.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test"), credentials);
			long start = System.nanoTime();
			try (var statement = connection.createStatement()) {
				statement.execute("create schema " + SCHEMA);
				statement.execute("create table " + SCHEMA + ".item (id text primary key, jurisdiction text not null, "
						+ "kind text not null, title text not null, summary text not null, body text not null, "
						+ "document tsvector generated always as (setweight(to_tsvector('english', title), 'A') || "
						+ "setweight(to_tsvector('english', summary), 'B') || "
						+ "setweight(to_tsvector('english', body), 'D')) stored)");
			}
			try (var insert = connection.prepareStatement(
					"insert into " + SCHEMA + ".item (id, jurisdiction, kind, title, summary, body) values (?, ?, ?, ?, ?, ?)")) {
				for (GuidanceItem item : corpus) {
					insert.setString(1, item.id().toString());
					insert.setString(2, item.id().jurisdiction());
					insert.setString(3, item.content().kind());
					insert.setString(4, item.title());
					insert.setString(5, item.content().summary());
					insert.setString(6, item.content().body());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (var statement = connection.createStatement()) {
				statement.execute("create index on " + SCHEMA + ".item using gin (document)");
				statement.execute("analyze " + SCHEMA + ".item");
			}
			buildMillis = (System.nanoTime() - start) / 1_000_000;
			ranked = connection.prepareStatement("select id, ts_rank_cd(document, query) as rank, count(*) over () as total "
					+ "from " + SCHEMA + ".item, websearch_to_tsquery('english', ?) query where document @@ query "
					+ "order by rank desc limit 10");
		}

		void ranked(String text) throws SQLException {
			ranked.setString(1, text);
			try (var rows = ranked.executeQuery()) {
				while (rows.next()) {
					rows.getString(1);
				}
			}
		}

		@Override
		public void close() throws SQLException {
			try (var statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + SCHEMA + " cascade");
			}
			finally {
				connection.close();
			}
		}
	}
}
