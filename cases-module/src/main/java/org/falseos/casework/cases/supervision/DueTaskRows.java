package org.falseos.casework.cases.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.DueTasks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Due tasks across all teams for the daily scan, bounded by a window of due dates so a run stays small. */
@Service
@Transactional(readOnly = true)
class DueTaskRows implements DueTasks {

	private final JdbcClient jdbc;

	DueTaskRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DueTask> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select t.id, c.id, cl.code, c.team, c.assigned_to, t.due_on
				from cases.task t join cases.case_file c on c.id = t.case_id join cases.client cl on cl.id = c.client_id
				where t.done_at is null and t.retracted_at is null and t.due_on between :from and :to
				  and c.status = 'OPEN' and cl.erased_at is null
				order by t.due_on, t.id
				""").param("from", from).param("to", to)
			.query((rs, row) -> new DueTask(rs.getObject(1, UUID.class), new CaseId(rs.getObject(2, UUID.class)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
	}
}
