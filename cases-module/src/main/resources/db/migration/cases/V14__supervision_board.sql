-- The supervision board (issue 12) reads a supervisor's teams' open cases (about 20,000 of 100,000) several ways at
-- once: counts per caseworker and rung with the stalled tests, the longest-waiting cases of each rung, the stalled
-- list. This index carries every column those read, so that they are index-only scans of the team's open cases,
-- ordered for "longest on the rung first" within a caseworker's or the team's rung.
create index case_file_team_board_idx on cases.case_file (team, assigned_to, rung, rung_since, id)
    include (client_id, jurisdiction, last_progress_at, last_activity_at, next_task_due, review_by)
    where status = 'OPEN';

-- Closed cases by team and time of closing: "closed in the last 30 days", the median time to close (last 90 days)
-- and the weekly series, without reading the open cases.
create index case_file_team_closed_idx on cases.case_file (team, closed_at)
    include (assigned_to, opened_at, client_id) where status = 'CLOSED';

-- "Changed by someone other than the case's caseworker" looks at the last 30 days of entries across all teams and
-- keeps those on the board's cases: by time, with who made them, so that the entries need not be read in full.
create index incident_recorded_by_idx on cases.incident (recorded_at) include (case_id, recorded_by);
create index escalation_moved_by_idx on cases.escalation (moved_at) include (case_id, moved_by);
create index task_created_by_idx on cases.task (created_at) include (case_id, created_by);
create index task_done_by_idx on cases.task (done_at) include (case_id, done_by) where done_at is not null;
