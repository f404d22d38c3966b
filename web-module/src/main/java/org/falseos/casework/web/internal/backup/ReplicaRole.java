package org.falseos.casework.web.internal.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether the database role may set {@code session_replication_role}, which a restore needs so that append-only
 * triggers and foreign keys let every row back in exactly as it was. A superuser may (as on the embedded default);
 * on PostgreSQL 15 and later, so may a role granted it.
 */
final class ReplicaRole {

	static final String REFUSAL = "The database role may not set session_replication_role, which a restore needs "
			+ "to load every row exactly as it was past the append-only triggers and foreign keys. Restore as a "
			+ "superuser, or on PostgreSQL 15 or later run GRANT SET ON PARAMETER session_replication_role TO <role>.";

	private ReplicaRole() {
	}

	static boolean allowed(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
			if (row.next() && row.getBoolean(1)) {
				return true;
			}
		}
		try (var statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select has_parameter_privilege('session_replication_role', 'SET')")) {
			return row.next() && row.getBoolean(1);
		}
		catch (SQLException olderThan15) {
			return false;
		}
	}
}
