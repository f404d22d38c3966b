package org.falseos.casework.cases.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseStalled;
import org.falseos.casework.cases.StallWatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stall half of the daily scan. What was published is remembered in {@code cases.stall_notice}, keyed by the
 * case, the reason and the moment the stall began ({@code last_progress_at} or {@code rung_since}), so the insert
 * that remembers a crossing is also the guard that it is new, and the event goes out in the same transaction.
 */
@Service
class StallScan implements StallWatch {

	// Argument: the column the stall is measured from; both are kept by the database (V11, V13).
	private static final String CROSSINGS = """
			with crossed as (
			  insert into cases.stall_notice (case_id, reason, since, noticed_at)
			  select c.id, :reason, c.%1$s, :now from cases.case_file c join cases.client cl on cl.id = c.client_id
			  where c.status = 'OPEN' and cl.erased_at is null and c.%1$s < :cutoff
			  on conflict (case_id, reason, since) do nothing
			  returning case_id, since
			)
			select crossed.case_id, c.team, c.assigned_to, crossed.since
			from crossed join cases.case_file c on c.id = crossed.case_id order by crossed.since, crossed.case_id
			""";

	private final JdbcClient jdbc;

	private final SupervisionSettings settings;

	private final ApplicationEventPublisher events;

	StallScan(JdbcClient jdbc, SupervisionSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.events = events;
	}

	@Override
	@Transactional
	public int scan(Instant now) {
		var stalled = crossings(CaseStalled.Reason.NO_PROGRESS, "last_progress_at", now.minus(settings.stalledAfter()), now);
		var held = crossings(CaseStalled.Reason.HELD_ON_RUNG, "rung_since", now.minus(settings.rungReviewAfter()), now);
		stalled.forEach(events::publishEvent);
		held.forEach(events::publishEvent);
		return stalled.size() + held.size();
	}

	private List<CaseStalled> crossings(CaseStalled.Reason reason, String column, Instant cutoff, Instant now) {
		return jdbc.sql(CROSSINGS.formatted(column))
			.param("reason", reason.name())
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(cutoff))
			.query((rs, row) -> new CaseStalled(new CaseId(rs.getObject(1, UUID.class)), rs.getString(2),
					rs.getString(3), reason, rs.getTimestamp(4).toInstant()))
			.list();
	}
}
