package org.falseos.casework.cases.internal;

import static org.falseos.casework.cases.internal.CaseRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSearchData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the search index, a page of cases at a time; every query joins the client to hide erased clients. */
@Component
@Transactional(readOnly = true)
class SearchableCases implements CaseSearchData {

	private static final String CASES = """
			select c.id, cl.code, c.team, c.status, c.rung, c.summary, c.opened_at from cases.case_file c
			join cases.client cl on cl.id = c.client_id and cl.erased_at is null
			""";

	private final JdbcClient jdbc;

	SearchableCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SearchableCase> searchableCase(CaseId id) {
		return withText(jdbc.sql(CASES + " where c.id = :id").param("id", id.id()).query(Row::of).list()).stream()
			.findFirst();
	}

	@Override
	public List<SearchableCase> searchableCases(CaseId after, int limit) {
		UUID from = after == null ? new UUID(0, 0) : after.id();
		return withText(jdbc.sql(CASES + " where c.id > :after order by c.id limit :limit").param("after", from)
			.param("limit", limit).query(Row::of).list());
	}

	@Override
	public CaseChanges changedSince(Instant since) {
		Timestamp from = Timestamp.from(since);
		Instant asOf = jdbc.sql("select statement_timestamp()").query(Timestamp.class).single().toInstant();
		List<CaseId> ids = jdbc.sql("""
				select id from cases.case_file where opened_at >= :since or closed_at >= :since
				union select case_id from cases.incident where recorded_at >= :since
				union select case_id from cases.reference_number where recorded_at >= :since
				union select case_id from cases.identifier where recorded_at >= :since
				union select case_id from cases.escalation where moved_at >= :since
				union select case_id from cases.retraction where retracted_at >= :since
				union select c.id from cases.case_file c join cases.client cl on cl.id = c.client_id
				      where cl.erased_at >= :since
				""").param("since", from).query((rs, row) -> new CaseId(rs.getObject(1, UUID.class))).list();
		return new CaseChanges(asOf, ids);
	}

	private List<SearchableCase> withText(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		UUID[] ids = rows.stream().map(Row::id).toArray(UUID[]::new);
		Map<UUID, List<String>> diary = texts("""
				select x.case_id, x.description from cases.incident x where x.case_id = any(:ids)
				and not exists (select 1 from cases.incident n where n.corrects = x.id) order by x.occurred_at
				""", ids);
		Map<UUID, List<String>> references = texts(
				"select case_id, number_key from cases.reference_number where case_id = any(:ids) and retracted_at is null order by recorded_at",
				ids);
		// Recorded identifiers first, then those named in diary entries that still stand.
		Map<UUID, List<String>> identifiers = texts("""
				select case_id, value from (
				  select x.case_id, x.value, 0 as source, x.recorded_at from cases.identifier x where x.case_id = any(:ids) and x.retracted_at is null
				  union all
				  select x.case_id, x.perpetrator_identifier, 1, x.recorded_at from cases.incident x
				  where x.case_id = any(:ids) and x.perpetrator_identifier is not null
				  and not exists (select 1 from cases.incident n where n.corrects = x.id)
				) named order by source, recorded_at
				""", ids);
		return rows.stream().map(row -> new SearchableCase(new CaseId(row.id()), row.code(), row.team(),
				row.status(), row.rung(), row.summary(), diary.getOrDefault(row.id(), List.of()),
				references.getOrDefault(row.id(), List.of()), identifiers.getOrDefault(row.id(), List.of()),
				row.openedAt())).toList();
	}

	private Map<UUID, List<String>> texts(String sql, UUID[] ids) {
		Map<UUID, List<String>> texts = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
			texts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
		});
		return texts;
	}

	private record Row(UUID id, String code, String team, String status, int rung, String summary, Instant openedAt) {

		static Row of(ResultSet rs, int row) throws SQLException {
			return new Row(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("team"),
					rs.getString("status"), rs.getInt("rung"), rs.getString("summary"),
					instant(rs.getTimestamp("opened_at")));
		}
	}
}
