package org.falseos.casework.linkedvictims.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.linkedvictims.internal.normalising.IdentifierNormaliser;
import org.falseos.casework.linkedvictims.internal.normalising.Normalised;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Matching a new identifier against 1,000,000 stored hashes: normalise, HMAC, and the indexed lookup the
 * matching listener runs ({@link Fingerprints#MATCHES}). A main class, not a test: it reports figures and asserts
 * nothing. Runs against a real PostgreSQL in a schema of its own, dropped afterwards. See docs/benchmarks.md.
 * <p>
 * {@code ./mvnw -B -pl linked-victims-module -am -Pbenchmark process-test-classes}, optionally with
 * {@code FALSEOS_BENCHMARK_DATABASE_URL} (default jdbc:postgresql://127.0.0.1:5432/test, user postgres).
 */
public final class MatchingBenchmark {

	static final int STORED = 1_000_000;

	static final int WARM_UP = 2_000;

	static final int MEASURED = 20_000;

	private MatchingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String url = System.getenv().getOrDefault("FALSEOS_BENCHMARK_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		String user = System.getenv().getOrDefault("FALSEOS_BENCHMARK_DATABASE_USER", "postgres");
		String schema = "linking_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		var dataSource = new SingleConnectionDataSource(url, user, System.getenv("FALSEOS_BENCHMARK_DATABASE_PASSWORD"), true);
		var jdbc = JdbcClient.create(dataSource);
		byte[] secret = new byte[48];
		new SecureRandom().nextBytes(secret);
		var normaliser = new IdentifierNormaliser();
		var fingerprinter = new Fingerprinter(secret);
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute(migration().replace("linkedvictims", schema));
			long loading = System.nanoTime();
			load(connection, schema, normaliser, fingerprinter);
			// Steady state: a table this size has long been vacuumed (hint bits set, statistics current).
			connection.createStatement().execute("vacuum analyze " + schema + ".fingerprint");
			System.out.printf("Loaded %,d fingerprints into %s in %.1f s%n", STORED, schema, (System.nanoTime() - loading) / 1e9);

			String sql = Fingerprints.MATCHES.replace("linkedvictims.", schema + ".");
			var random = new Random(7);
			var client = new ClientId(UUID.randomUUID());
			int hits = 0;
			long[] nanos = new long[MEASURED];
			for (int i = 0; i < WARM_UP + MEASURED; i++) {
				// Half the lookups are stored accounts written another way, half are new.
				int n = random.nextInt(STORED);
				boolean known = random.nextBoolean();
				String written = known ? "https://mobile.twitter.com/User_" + n + "?s=20" : "@new_user_" + n;
				long start = System.nanoTime();
				Normalised normalised = normaliser.normalise(IdentifierKind.URL, null, written, "scotland");
				byte[] hash = fingerprinter.hash(normalised);
				int found = jdbc.sql(sql).param("hash", hash).param("client", client.id()).query().listOfRows().size();
				long took = System.nanoTime() - start;
				if (i >= WARM_UP) {
					nanos[i - WARM_UP] = took;
					hits += found > 0 ? 1 : 0;
				}
			}
			Arrays.sort(nanos);
			System.out.printf("Matched %,d new identifiers (%,d found a stored match) after %,d warm-up lookups:%n", MEASURED,
					hits, WARM_UP);
			System.out.printf("p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", ms(nanos, 0.50), ms(nanos, 0.90),
					ms(nanos, 0.99), nanos[MEASURED - 1] / 1e6);
			String plan = String.join("\n", jdbc.sql("explain " + sql).param("hash", new byte[32]).param("client", client.id())
				.query(String.class).list());
			System.out.println("Plan:\n" + plan);
		}
		finally {
			jdbc.sql("drop schema if exists " + schema + " cascade").update();
			dataSource.destroy();
			System.out.println("Dropped schema " + schema);
		}
	}

	// X handles, one per stored row, spread over 200,000 clients' cases (five identifiers each).
	private static void load(Connection connection, String schema, IdentifierNormaliser normaliser,
			Fingerprinter fingerprinter) throws SQLException, IOException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		var hex = HexFormat.of();
		int batch = 50_000;
		CaseId caseId = null;
		ClientId clientId = null;
		for (int from = 0; from < STORED; from += batch) {
			var rows = new StringBuilder(batch * 200);
			for (int i = from; i < Math.min(STORED, from + batch); i++) {
				if (i % 5 == 0) {
					caseId = new CaseId(UUID.randomUUID());
					clientId = new ClientId(UUID.randomUUID());
				}
				Normalised normalised = normaliser.normalise(IdentifierKind.HANDLE, "X", "@user_" + i, "scotland");
				rows.append(UUID.randomUUID()).append('\t').append(caseId).append('\t').append(clientId).append('\t')
					.append(normalised.kind()).append('\t').append(normalised.platform()).append("\t\\\\x")
					.append(hex.formatHex(fingerprinter.hash(normalised))).append('\t').append(normalised.masked())
					.append("\tf\n");
			}
			copy.copyIn("copy " + schema + ".fingerprint (source_id, case_id, client_id, kind, platform, hash, masked, weak) from stdin",
					new StringReader(rows.toString()));
		}
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
	}

	private static String migration() throws IOException {
		try (InputStream in = MatchingBenchmark.class.getResourceAsStream("/db/migration/linkedvictims/V1__linking.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
