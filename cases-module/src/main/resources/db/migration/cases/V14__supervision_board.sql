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

-- "Changed by someone other than the case's caseworker" looks, for each of the board's open cases, at its entries of
-- the last 30 days and who made them; the median time to a first reference number looks for an earlier reference
-- of the same case. By case and time, with who made the entry, so that these are index-only probes.
create index incident_case_recorded_idx on cases.incident (case_id, recorded_at) include (recorded_by);
create index escalation_case_moved_idx on cases.escalation (case_id, moved_at) include (moved_by);
create index reference_number_case_recorded_idx on cases.reference_number (case_id, recorded_at)
    include (recorded_by, retracted_at);

-- "Waiting for police consent" needs each case's latest police consent answer: the police answers alone, by case
-- and newest first (what police release reads), so that the other kinds of consent are not read at all.
create index consent_police_idx on cases.consent (case_id, recorded_at desc, id) include (given) where kind = 'POLICE';

-- V13's progress bookkeeping (last_progress_at, set by the progress_made triggers) went through V8's rule that any
-- other change to the case row is activity "now": so an entry recorded with an earlier time (the synthetic data
-- command's COPY, a diary entry typed in later) moved last activity to the present, and every synthetic case looked
-- active today. Progress bookkeeping is not a change of its own; the entry that made it already counts, from its time.
create or replace function cases.case_file_changed() returns trigger language plpgsql as $$
begin
    if new.last_activity_at = old.last_activity_at and new.next_task_due is not distinct from old.next_task_due
            and new.last_progress_at is not distinct from old.last_progress_at then
        new.last_activity_at := greatest(old.last_activity_at, now());
    end if;
    return new;
end
$$;

-- The median time to a first reference number starts from the references of the last 90 days (all teams): by time,
-- with the case and whether it was withdrawn, so that they are read from the index alone.
create index reference_number_recorded_case_idx on cases.reference_number (recorded_at) include (case_id, id, retracted_at);
