package org.falseos.casework.web.internal.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.falseos.casework.web.internal.backup.BackupManifest.Migration;
import org.falseos.casework.web.internal.backup.BackupManifest.MigrationHistory;

/**
 * The app's tables and sequences as PostgreSQL's catalog lists them, not as a hand-kept list, so that a table a
 * module adds is never left out of a backup: every table and sequence outside PostgreSQL's own schemas and outside
 * extensions. The Flyway history tables (one per module) are told apart: a restore compares them, it never loads
 * them.
 */
final class AppSchema {

	/** A table with the columns a dump holds (generated columns are computed again when rows are loaded). */
	record Table(String schema, String name, List<String> columns) {

		String quoted() {
			return quote(schema) + "." + quote(name);
		}

		String quotedColumns() {
			return String.join(", ", columns.stream().map(AppSchema::quote).toList());
		}
	}

	record Sequence(String schema, String name) {

		String quoted() {
			return quote(schema) + "." + quote(name);
		}
	}

	private static final String USER_RELATIONS = """
			select c.oid, n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where c.relkind = ?::"char" and c.relpersistence <> 't'
			  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
			  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
			                  and d.deptype = 'e')
			order by n.nspname, c.relname
			""";

	private static final String COLUMNS = """
			select attname from pg_attribute where attrelid = ?::oid and attnum > 0 and not attisdropped
			  and attgenerated = '' order by attnum
			""";

	private final String historyTable;

	/** {@code historyTable}: Flyway's table name; Spring Modulith adds {@code _<module>} for each module's own. */
	AppSchema(String historyTable) {
		this.historyTable = historyTable;
	}

	/** Every table holding the app's data, Flyway's history tables excluded; in a stable order. */
	List<Table> dataTables(Connection connection) throws SQLException {
		List<Table> tables = new ArrayList<>();
		for (var relation : relations(connection, "r")) {
			if (!isHistory(relation.name())) {
				tables.add(new Table(relation.schema(), relation.name(), columns(connection, relation.oid())));
			}
		}
		return tables;
	}

	List<Sequence> sequences(Connection connection) throws SQLException {
		return relations(connection, "S").stream().map(relation -> new Sequence(relation.schema(), relation.name()))
			.toList();
	}

	/** Each Flyway history table with the successful migrations it records, in the order they were applied. */
	List<MigrationHistory> migrations(Connection connection) throws SQLException {
		List<MigrationHistory> histories = new ArrayList<>();
		for (var relation : relations(connection, "r")) {
			if (isHistory(relation.name())) {
				histories.add(new MigrationHistory(relation.schema() + "." + relation.name(),
						migrations(connection, quote(relation.schema()) + "." + quote(relation.name()))));
			}
		}
		return histories;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private boolean isHistory(String table) {
		return table.equals(historyTable) || table.startsWith(historyTable + "_");
	}

	// Baseline rows are left out: Flyway writes one when it first meets a module, which says nothing about the schema.
	private static List<Migration> migrations(Connection connection, String table) throws SQLException {
		List<Migration> migrations = new ArrayList<>();
		try (var statement = connection.prepareStatement("select version, description, type, script, checksum from "
				+ table + " where success and type <> 'BASELINE' order by installed_rank");
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				migrations.add(new Migration(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
						(Integer) rows.getObject(5)));
			}
		}
		return migrations;
	}

	private record Relation(long oid, String schema, String name) {
	}

	private static List<Relation> relations(Connection connection, String kind) throws SQLException {
		List<Relation> relations = new ArrayList<>();
		try (var statement = connection.prepareStatement(USER_RELATIONS)) {
			statement.setString(1, kind);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					relations.add(new Relation(rows.getLong(1), rows.getString(2), rows.getString(3)));
				}
			}
		}
		return relations;
	}

	private static List<String> columns(Connection connection, long oid) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (var statement = connection.prepareStatement(COLUMNS)) {
			statement.setLong(1, oid);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}
}
