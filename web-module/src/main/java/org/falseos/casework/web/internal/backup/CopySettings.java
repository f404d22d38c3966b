package org.falseos.casework.web.internal.backup;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The session settings a table dump is written and read back with. COPY's text format spells dates, intervals,
 * floating-point numbers and bytes according to them, so the same settings on both sides make every value come
 * back exactly, whatever the server's or the role's defaults.
 */
final class CopySettings {

	private CopySettings() {
	}

	static void apply(Connection connection) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local datestyle = 'ISO, YMD'");
			statement.execute("set local intervalstyle = 'postgres'");
			statement.execute("set local timezone = 'UTC'");
			statement.execute("set local extra_float_digits = 3");
			statement.execute("set local bytea_output = 'hex'");
		}
	}
}
