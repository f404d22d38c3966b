package org.falseos.casework.cases.dataprotection;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows held about a client, as they are: read with {@code select *}, so a column added later appears in the
 * subject access export without anyone remembering to add it.
 */
@Repository
class ClientRecords {

	private final JdbcClient jdbc;

	ClientRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Object> client(ClientId id) {
		return plain(jdbc.sql("select * from cases.client where id = :id").param("id", id.id()).query().singleRow());
	}

	/** Every consent answer ever recorded, not only the latest: the history is data held too. */
	List<Map<String, Object>> consents(ClientId id) {
		return rows("select * from cases.consent where client_id = :id order by recorded_at, id", id);
	}

	List<Map<String, Object>> erasureRequests(ClientId id) {
		return rows("select * from cases.erasure_request where client_id = :id order by requested_at", id);
	}

	List<CaseId> casesOf(ClientId id) {
		return jdbc.sql("select id from cases.case_file where client_id = :id order by opened_at, id")
			.param("id", id.id()).query(UUID.class).list().stream().map(CaseId::new).toList();
	}

	/** The client's cases, locked: an upload finishing meanwhile either lands before the erasure or not at all. */
	List<CaseId> lockCasesOf(ClientId id) {
		return jdbc.sql("select id from cases.case_file where client_id = :id order by opened_at, id for update")
			.param("id", id.id()).query(UUID.class).list().stream().map(CaseId::new).toList();
	}

	private List<Map<String, Object>> rows(String sql, ClientId id) {
		return jdbc.sql(sql).param("id", id.id()).query().listOfRows().stream().map(ClientRecords::plain).toList();
	}

	// JDBC types as JSON should show them: instants, strings and lists.
	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> plain = new LinkedHashMap<>();
		row.forEach((column, value) -> plain.put(column, switch (value) {
			case Timestamp timestamp -> timestamp.toInstant().toString();
			case UUID uuid -> uuid.toString();
			case Array array -> list(array);
			case null, default -> value;
		}));
		return plain;
	}

	private static List<Object> list(Array array) {
		try {
			return Arrays.asList((Object[]) array.getArray());
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
