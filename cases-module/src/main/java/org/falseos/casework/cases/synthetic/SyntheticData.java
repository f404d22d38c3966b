package org.falseos.casework.cases.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a synthetic world straight into the cases schema with COPY, one table per statement, in one transaction: all
 * of it or none. It bypasses the facade on purpose (no events, no per-row checks) because it exists to make
 * 100,000 cases in a minute or two; what it writes still satisfies every constraint of the schema.
 */
final class SyntheticData {

	private static final String SYNTHETIC_CLIENTS = "select count(*) from cases.client where code like 'SYN-%'";

	private static final String SYNTHETIC_CASES = """
			select count(*) from cases.case_file c join cases.client cl on cl.id = c.client_id
			where cl.code like 'SYN-%'
			""";

	private static final int CHUNK = 10_000;

	private final DataSource dataSource;

	SyntheticData(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Rows written per table. */
	Map<String, Long> generate(int cases, long seed) throws SQLException {
		return generate(cases, seed, Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}

	/** Rows written per table, for a world whose "today" is {@code now}. */
	Map<String, Long> generate(int cases, long seed, Instant now) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var world = new SyntheticWorld(cases, seed, count(connection, SYNTHETIC_CLIENTS),
					count(connection, SYNTHETIC_CASES), now);
			CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, Long> written = new LinkedHashMap<>();
			try (var rows = new CopyRows(copies, "cases.client (" + SyntheticTables.CLIENT_COLUMNS + ")")) {
				for (int j = 0; j < world.clients(); j++) {
					SyntheticTables.client(rows, world.client(j));
				}
				written.put("client", rows.rows());
			}
			// A chunk of cases is sketched once and written table by table (COPY takes one table at a time), rather
			// than each case being sketched again for each of the twelve tables.
			var sketches = new ArrayList<SyntheticWorld.CaseSketch>(CHUNK);
			for (int start = 0; start < world.cases(); start += CHUNK) {
				sketches.clear();
				for (int i = start; i < Math.min(world.cases(), start + CHUNK); i++) {
					sketches.add(world.caseNumber(i));
				}
				for (var table : SyntheticTables.PER_CASE) {
					try (var rows = new CopyRows(copies, "cases." + table.name() + " (" + table.columns() + ")")) {
						for (var sketch : sketches) {
							table.rows().write(rows, sketch, world.now());
						}
						written.merge(table.name(), rows.rows(), Long::sum);
					}
				}
			}
			connection.commit();
			analyse(connection, written);
			return written;
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	// Fresh statistics, so that the first benchmark after a bulk load is not planned on an empty table's numbers.
	private static void analyse(Connection connection, Map<String, Long> tables) throws SQLException {
		connection.setAutoCommit(true);
		try (var statement = connection.createStatement()) {
			for (String table : tables.keySet()) {
				statement.execute("analyze cases." + table);
			}
		}
	}
}
