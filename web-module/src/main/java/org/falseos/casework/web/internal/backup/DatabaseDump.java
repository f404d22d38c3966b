package org.falseos.casework.web.internal.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.falseos.casework.web.internal.backup.BackupManifest.MigrationHistory;
import org.falseos.casework.web.internal.backup.BackupManifest.SequenceValue;
import org.falseos.casework.web.internal.backup.BackupManifest.TableDump;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Dumps the app's database over JDBC (the embedded default has no {@code pg_dump}): every table with
 * {@code COPY ... TO STDOUT}, every sequence value, the Flyway histories and the list of held evidence, all read
 * in one read-only REPEATABLE READ transaction. That is one snapshot of the database, consistent even while an app
 * keeps writing to an external database.
 */
final class DatabaseDump {

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");

	/** What the snapshot held; the table dumps themselves are already in the backup folder. */
	record Snapshot(OffsetDateTime at, String postgresVersion, List<MigrationHistory> flyway, List<TableDump> tables,
			List<SequenceValue> sequences, List<EvidenceFiles.Held> evidence) {
	}

	private final DataSource dataSource;

	private final AppSchema schema;

	DatabaseDump(DataSource dataSource, AppSchema schema) {
		this.dataSource = dataSource;
		this.schema = schema;
	}

	Snapshot writeTo(NewBackupFolder folder) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			// The pool resets read-only, isolation and auto-commit when the connection goes back.
			try {
				var snapshot = dump(connection, folder);
				connection.commit();
				return snapshot;
			}
			catch (SQLException | IOException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
	}

	private Snapshot dump(Connection connection, NewBackupFolder folder) throws SQLException, IOException {
		CopySettings.apply(connection);
		OffsetDateTime at;
		String version;
		try (var statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select now(), current_setting('server_version')")) {
			row.next();
			at = row.getObject(1, OffsetDateTime.class);
			version = row.getString(2);
		}
		var tables = schema.dataTables(connection);
		lock(connection, tables);
		var flyway = schema.migrations(connection);
		CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
		List<TableDump> dumps = new ArrayList<>();
		for (var table : tables) {
			String file = fileName(table, dumps.size());
			long[] rows = new long[1];
			folder.write(file, out -> rows[0] = copies
				.copyOut("copy " + table.quoted() + " (" + table.quotedColumns() + ") to stdout", out));
			dumps.add(new TableDump(table.schema(), table.name(), table.columns(), rows[0], file));
		}
		List<SequenceValue> sequences = new ArrayList<>();
		for (var sequence : schema.sequences(connection)) {
			try (var statement = connection.createStatement();
					ResultSet row = statement.executeQuery("select last_value, is_called from " + sequence.quoted())) {
				row.next();
				sequences.add(new SequenceValue(sequence.schema(), sequence.name(), row.getLong(1), row.getBoolean(2)));
			}
		}
		return new Snapshot(at, version, flyway, dumps, sequences, EvidenceFiles.held(connection));
	}

	// As pg_dump does: no table can be dropped, altered or truncated under the dump once it has begun.
	private static void lock(Connection connection, List<AppSchema.Table> tables) throws SQLException {
		if (tables.isEmpty()) {
			return;
		}
		try (var statement = connection.createStatement()) {
			statement.execute("lock table " + String.join(", ", tables.stream().map(AppSchema.Table::quoted).toList())
					+ " in access share mode");
		}
	}

	private static String fileName(AppSchema.Table table, int position) {
		if (PLAIN_NAME.matcher(table.schema()).matches() && PLAIN_NAME.matcher(table.name()).matches()) {
			return "database/" + table.schema() + "." + table.name() + ".copy";
		}
		return "database/table-" + (position + 1) + ".copy";
	}
}
