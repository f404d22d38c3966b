package org.falseos.casework.web.internal.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;
import org.springframework.core.env.Environment;

/**
 * An external database ({@code spring.datasource.url}) a restore is to go into, checked before the app's
 * migrations touch it: it must be empty (a restore never goes over data) and its role must be allowed to load
 * rows past triggers. Refused before anything is created, so a refusal leaves it as it was.
 */
final class ExternalRestoreTarget {

	private static final String ANY_RELATION = """
			select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where c.relkind in ('r', 'p', 'S', 'v', 'm', 'f')
			  and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
			  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
			                  and d.deptype = 'e')
			limit 1
			""";

	private ExternalRestoreTarget() {
	}

	static void requireEmptyAndLoadable(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		var credentials = new Properties();
		String username = environment.getProperty("spring.datasource.username");
		if (username != null) {
			credentials.setProperty("user", username);
		}
		String password = environment.getProperty("spring.datasource.password");
		if (password != null) {
			credentials.setProperty("password", password);
		}
		try (Connection connection = new Driver().connect(url, credentials)) {
			if (connection == null) {
				throw new BackupRefused("A restore can only go into PostgreSQL; spring.datasource.url is " + url + ".");
			}
			requireEmpty(connection, url);
			if (!ReplicaRole.allowed(connection)) {
				throw new BackupRefused(ReplicaRole.REFUSAL);
			}
		}
		catch (SQLException e) {
			throw new BackupRefused("Cannot check the database " + url + " for the restore: " + e.getMessage(), e);
		}
	}

	static void requireEmpty(Connection connection, String url) throws SQLException {
		try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery(ANY_RELATION)) {
			if (row.next()) {
				throw new BackupRefused("The database " + url + " is not empty (it has " + row.getString(1) + "). A "
						+ "restore goes into an empty database only, never over data: create a new one for it.");
			}
		}
	}
}
