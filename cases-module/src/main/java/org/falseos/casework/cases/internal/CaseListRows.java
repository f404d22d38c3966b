package org.falseos.casework.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseList;
import org.falseos.casework.cases.InvalidCaseInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list in two statements: the counts in one pass over the person's teams' cases, then one page in the
 * order asked for. Sorting and the overdue flag use the columns the database keeps on each case (V8), so a page
 * is an index scan of one team's cases, not a look at every case's diary and tasks.
 */
@Service
@Transactional(readOnly = true)
class CaseListRows implements CaseList {

	private static final String OVERDUE = "c.status = 'OPEN' and c.next_task_due < :today";

	private final JdbcClient jdbc;

	CaseListRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page find(Actor actor, Query query) {
		if (query.page() < 1) {
			throw InvalidCaseInput.of("page", "Pages are numbered from 1.");
		}
		if (query.rung() != null && query.rung() < 0) {
			throw InvalidCaseInput.of("rung", "Rungs are numbered from 0 (not started).");
		}
		Set<String> teams = CaseAccess.visibleTeams(actor);
		if (teams.isEmpty()) {
			return new Page(List.of(), query.page(), PAGE_SIZE, new Counts(0, 0, 0, 0));
		}
		String base = base(query);
		String status = query.status() == null ? "true" : "c.status = :status";
		String overdue = query.overdue() ? OVERDUE : "true";
		String counted = " count(*) filter (where " + status + " and " + overdue + ") as total,"
				+ " count(*) filter (where c.status = 'OPEN' and " + overdue + ") as open,"
				+ " count(*) filter (where c.status = 'CLOSED' and " + overdue + ") as closed,"
				+ " count(*) filter (where " + status + " and " + OVERDUE + ") as overdue";
		// Every case of the teams, from the counts index alone, less the few whose client was erased (found from
		// the erased clients): half the work of looking up each case's client.
		var counts = params(jdbc.sql("select sum(k * total), sum(k * open), sum(k * closed), sum(k * overdue) from ("
				+ "select 1 as k," + counted + " from cases.case_file c where " + base
				+ " union all select -1," + counted + " from cases.client e join cases.case_file c on c.client_id = e.id"
				+ " where e.erased_at is not null and e.team in (:teams) and " + base + ") counted"), actor, query, teams)
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
		// The page's ids from the sort's index alone, then the 50 rows shown in full.
		String order = order(query.sort());
		var rows = counts.total() == 0 ? List.<Row>of() : params(jdbc.sql("""
				select c.id, cl.code, c.summary, c.status, c.rung, c.assigned_to, c.next_task_due, c.last_activity_at,
				       (%s) as overdue
				from (select c.id, %s from cases.case_file c
				      where %s and %s and %s
				        and not exists (select 1 from cases.client e where e.id = c.client_id and e.erased_at is not null)
				      order by %s limit :limit offset :offset) page
				join cases.case_file c on c.id = page.id join cases.client cl on cl.id = c.client_id
				order by %s
				""".formatted(OVERDUE, keys(query.sort()), base, status, overdue, order, order.replace("c.", "page."))),
				actor, query,
				teams)
			.param("limit", PAGE_SIZE).param("offset", (long) (query.page() - 1) * PAGE_SIZE)
			.query(CaseListRows::row).list();
		return new Page(rows, query.page(), PAGE_SIZE, counts);
	}

	/** Visibility and the filters that every count shares (an erased client's cases are taken out by the caller). */
	private static String base(Query query) {
		var where = new ArrayList<String>();
		where.add("c.team in (:teams)");
		if (query.scope() == Scope.MINE) {
			where.add("c.assigned_to = :me");
		}
		if (query.rung() != null) {
			where.add("c.rung = :rung");
		}
		if (query.harmType() != null) {
			where.add("c.harm_types @> array[cast(:harm as text)]");
		}
		return String.join(" and ", where);
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Actor actor, Query query,
			Set<String> teams) {
		return sql.param("teams", List.copyOf(teams)).param("me", actor.username())
			.param("rung", query.rung()).param("harm", query.harmType())
			.param("status", query.status() == null ? null : query.status().name()).param("today", query.today());
	}

	private static String order(Sort sort) {
		return switch (sort == null ? Sort.LAST_ACTIVITY : sort) {
			case LAST_ACTIVITY -> "c.last_activity_at desc, c.id desc";
			case OPENED -> "c.opened_at desc, c.id desc";
			case RUNG -> "c.rung desc, c.last_activity_at desc, c.id desc";
		};
	}

	/** The sort's own columns, all in its index, so that finding the page reads the index only. */
	private static String keys(Sort sort) {
		return switch (sort == null ? Sort.LAST_ACTIVITY : sort) {
			case LAST_ACTIVITY -> "c.last_activity_at";
			case OPENED -> "c.opened_at";
			case RUNG -> "c.rung, c.last_activity_at";
		};
	}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(new CaseId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("summary"),
				Status.valueOf(rs.getString("status")), rs.getInt("rung"), rs.getString("assigned_to"),
				CaseRows.date(rs.getDate("next_task_due")), rs.getBoolean("overdue"),
				CaseRows.instant(rs.getTimestamp("last_activity_at")));
	}
}
