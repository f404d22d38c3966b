package org.falseos.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint (an MD5 per table over every row) of everything the modules store, to show that a refused request
 * changed nothing. Left out: the logs that record reads and sign-in attempts (case audit, pattern access log,
 * sign-in audit) and the event publication registry, which tell who looked, not what is stored.
 */
final class DataFingerprint {

	private static final List<String> SCHEMAS = List.of("cases", "guidance", "linkedvictims", "web");

	private static final List<String> READ_LOGS = List.of("cases.audit", "linkedvictims.access_log", "web.sign_in");

	private final JdbcClient jdbc;

	private final String query;

	DataFingerprint(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				select table_schema || '.' || table_name from information_schema.tables
				where table_type = 'BASE TABLE' and table_schema in (:schemas) and table_name not like 'flyway%'
				order by 1""")
			.param("schemas", SCHEMAS)
			.query(String.class)
			.list()
			.stream()
			.filter(table -> !READ_LOGS.contains(table))
			.toList();
		this.query = tables.stream()
			.map(table -> "select '" + table + "' as t, md5(coalesce(string_agg(r::text, '|' order by r::text), '')) as h from "
					+ table + " r")
			.collect(Collectors.joining(" union all "));
	}

	/** Table name to fingerprint, for every table of the modules. */
	Map<String, String> take() {
		Map<String, String> fingerprint = new LinkedHashMap<>();
		jdbc.sql(query).query((rs, row) -> fingerprint.put(rs.getString("t"), rs.getString("h"))).list();
		return fingerprint;
	}
}
