package org.falseos.casework.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseworkerAgenda;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caseworker's agenda read straight from the case tables, limited to their own open, visible cases. */
@Service
@Transactional(readOnly = true)
class AgendaRows implements CaseworkerAgenda {

	// The same rule as CaseAccess.maySee, for a caseworker: their own team's cases; and only those assigned to them.
	private static final String MY_OPEN_CASES = """
			select c.id, cl.code from cases.case_file c join cases.client cl on cl.id = c.client_id
			where cl.erased_at is null and c.status = 'OPEN' and c.assigned_to = :me and c.team = any(:teams)
			""";

	private final JdbcClient jdbc;

	AgendaRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DueTask> dueTasks(Actor actor, LocalDate dueBy, int limit) {
		if (!actor.isCaseworker()) {
			return List.of();
		}
		return jdbc.sql("with mine as (" + MY_OPEN_CASES + """
				)
				select t.case_id, mine.code, t.title, t.due_on from cases.task t join mine on mine.id = t.case_id
				where t.done_at is null and t.retracted_at is null and t.due_on <= :due_by
				order by t.due_on, t.created_at, t.id limit :limit
				""").param("me", actor.username()).param("teams", actor.teams().toArray(String[]::new))
			.param("due_by", dueBy).param("limit", bounded(limit))
			.query((rs, row) -> new DueTask(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class)))
			.list();
	}

	@Override
	public List<CaseChange> recentChanges(Actor actor, Instant since, int limit) {
		if (!actor.isCaseworker()) {
			return List.of();
		}
		return jdbc.sql("with mine as (" + MY_OPEN_CASES + """
				), changes as (
				  select case_id, 'incident' as kind, recorded_by as by, recorded_at as at from cases.incident
				  union all select case_id, 'identifier', recorded_by, recorded_at from cases.identifier
				  union all select case_id, 'reference', recorded_by, recorded_at from cases.reference_number
				  union all select case_id, 'escalation', moved_by, moved_at from cases.escalation
				  union all select case_id, 'consent', recorded_by, recorded_at from cases.consent
				  union all select case_id, 'task', created_by, created_at from cases.task
				  union all select case_id, 'evidence', uploaded_by, uploaded_at from cases.evidence
				)
				select changes.case_id, mine.code, changes.kind, changes.by, changes.at
				from changes join mine on mine.id = changes.case_id
				where changes.at >= :since
				order by changes.at desc, changes.kind limit :limit
				""").param("me", actor.username()).param("teams", actor.teams().toArray(String[]::new))
			.param("since", java.sql.Timestamp.from(since)).param("limit", bounded(limit))
			.query((rs, row) -> new CaseChange(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), rs.getString(4), CaseRows.instant(rs.getTimestamp(5))))
			.list();
	}

	private static int bounded(int limit) {
		return Math.max(1, Math.min(limit, 200));
	}
}
