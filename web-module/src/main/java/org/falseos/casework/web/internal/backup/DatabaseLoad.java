package org.falseos.casework.web.internal.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.falseos.casework.web.internal.backup.BackupManifest.FileEntry;
import org.falseos.casework.web.internal.backup.BackupManifest.MigrationHistory;
import org.falseos.casework.web.internal.backup.BackupManifest.TableDump;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a backup's table dumps into a database the app's own migrations have just created, in one transaction
 * that replaces whatever the fresh start wrote (demo accounts, guidance content). Nothing is committed until
 * the caller says so, so a refusal at any point leaves the database as it was.
 */
final class DatabaseLoad implements AutoCloseable {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private final Connection connection;

	private final AppSchema schema;

	private boolean committed;

	private DatabaseLoad(Connection connection, AppSchema schema) {
		this.connection = connection;
		this.schema = schema;
	}

	static DatabaseLoad begin(DataSource dataSource, AppSchema schema) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			return new DatabaseLoad(connection, schema);
		}
		catch (SQLException e) {
			connection.close();
			throw e;
		}
	}

	/**
	 * Refuses a backup of another schema: each module's migrations must be exactly those this app has applied,
	 * and the tables, columns and sequences exactly those they made.
	 */
	void requireSameSchema(BackupManifest manifest) throws SQLException {
		List<MigrationHistory> here = schema.migrations(connection);
		if (!here.equals(manifest.flyway())) {
			throw new BackupRefused("This backup was made by FalseOS Casework " + manifest.appVersion()
					+ " with the database migrations " + describe(manifest.flyway()) + "; this app has "
					+ describe(here) + ". Restore it with the app version that made the backup, then upgrade that.");
		}
		Map<String, List<String>> tablesHere = schema.dataTables(connection).stream()
			.collect(Collectors.toMap(table -> table.schema() + "." + table.name(), AppSchema.Table::columns,
					(one, two) -> one, TreeMap::new));
		Map<String, List<String>> tablesThere = manifest.tables().stream()
			.collect(Collectors.toMap(TableDump::qualifiedName, TableDump::columns, (one, two) -> one, TreeMap::new));
		for (String table : tablesThere.keySet()) {
			if (!tablesHere.containsKey(table)) {
				throw new BackupRefused("The backup has table " + table + ", which this app's migrations do not create "
						+ "(a table added by hand?). Restore it with the app version that made the backup.");
			}
			if (!new HashSet<>(tablesHere.get(table)).equals(new HashSet<>(tablesThere.get(table)))) {
				throw new BackupRefused("Table " + table + " has the columns " + tablesThere.get(table)
						+ " in the backup but " + tablesHere.get(table) + " here.");
			}
		}
		for (String table : tablesHere.keySet()) {
			if (!tablesThere.containsKey(table)) {
				throw new BackupRefused("The backup has no dump of table " + table + ", which this app has.");
			}
		}
		var sequencesHere = schema.sequences(connection).stream().map(s -> s.schema() + "." + s.name())
			.collect(Collectors.toCollection(TreeSet::new));
		var sequencesThere = manifest.sequences().stream().map(BackupManifest.SequenceValue::qualifiedName)
			.collect(Collectors.toCollection(TreeSet::new));
		if (!sequencesHere.equals(sequencesThere)) {
			throw new BackupRefused("The backup has the sequences " + sequencesThere + "; this app has "
					+ sequencesHere + ".");
		}
	}

	/**
	 * Empties every table and loads each dump, checking its SHA-256 and row count as it is read, then restarts every
	 * sequence where it was. Triggers and foreign keys are off for this transaction only (the replica role): rows come back
	 * exactly as they were, in any order, append-only tables included.
	 */
	void load(VerifiedBackup backup) throws SQLException, IOException {
		replicaRole();
		CopySettings.apply(connection);
		var tables = schema.dataTables(connection);
		Map<String, AppSchema.Table> byName = tables.stream()
			.collect(Collectors.toMap(table -> table.schema() + "." + table.name(), Function.identity()));
		try (var statement = connection.createStatement()) {
			statement.execute("truncate " + String.join(", ", tables.stream().map(AppSchema.Table::quoted).toList()));
		}
		CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
		for (TableDump dump : backup.manifest().tables()) {
			var table = new AppSchema.Table(dump.schema(), dump.name(), dump.columns());
			if (!byName.containsKey(dump.qualifiedName())) {
				throw new BackupRefused("The backup has table " + dump.qualifiedName() + ", which this app has not.");
			}
			FileEntry recorded = backup.entry(dump.file());
			MessageDigest digest = Sha256.digest();
			long rows;
			long size;
			try (var counting = new CountingInputStream(Files.newInputStream(backup.file(recorded)));
					InputStream in = new BufferedInputStream(new DigestInputStream(counting, digest), 64 * 1024)) {
				try {
					rows = copies.copyIn("copy " + table.quoted() + " (" + table.quotedColumns() + ") from stdin", in);
				}
				catch (SQLException refused) {
					// A changed dump may break COPY before its end is read: read the rest, so that a file that no
					// longer matches its manifest is named as such rather than as the database error it caused.
					in.transferTo(OutputStream.nullOutputStream());
					backup.requireMatch(recorded, new FileEntry(recorded.path(), counting.count(), Sha256.hex(digest)));
					throw refused;
				}
				size = counting.count();
			}
			backup.requireMatch(recorded, new FileEntry(recorded.path(), size, Sha256.hex(digest)));
			if (rows != dump.rows()) {
				throw new BackupRefused("The backup's dump of " + dump.qualifiedName() + " loaded " + rows
						+ " rows, not the " + dump.rows() + " its manifest records.");
			}
		}
		for (var sequence : backup.manifest().sequences()) {
			restart(new AppSchema.Sequence(sequence.schema(), sequence.name()), sequence.lastValue(), sequence.called());
		}
	}

	// Not setval, which no rollback undoes: a refused restore would leave sequences behind the rows it kept.
	// ALTER SEQUENCE ... RESTART is transactional, and so is the nextval that marks the value as handed out.
	private void restart(AppSchema.Sequence sequence, long lastValue, boolean called) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("alter sequence " + sequence.quoted() + " restart with " + lastValue);
			if (called) {
				statement.execute("select nextval('" + sequence.quoted().replace("'", "''") + "')");
			}
		}
	}

	/** The evidence the loaded rows say is held, for checking against the backup's files before committing. */
	List<EvidenceFiles.Held> heldEvidence() throws SQLException {
		return EvidenceFiles.held(connection);
	}

	void commit() throws SQLException {
		connection.commit();
		committed = true;
		// Fresh statistics: the planner would otherwise plan the first queries on the numbers of empty tables.
		connection.setAutoCommit(true);
		try (var statement = connection.createStatement()) {
			statement.execute("analyze");
		}
	}

	@Override
	public void close() throws SQLException {
		try {
			if (!committed) {
				connection.rollback();
			}
		}
		finally {
			connection.close();
		}
	}

	private void replicaRole() throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local session_replication_role = replica");
		}
		catch (SQLException e) {
			if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
				throw new BackupRefused(ReplicaRole.REFUSAL);
			}
			throw e;
		}
	}

	private static String describe(List<MigrationHistory> histories) {
		return histories.stream()
			.map(history -> history.table() + " " + history.migrations().stream().map(m -> "V" + m.version()).toList())
			.collect(Collectors.joining(", "));
	}
}
