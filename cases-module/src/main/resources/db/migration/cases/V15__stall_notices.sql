-- The daily scan's memory of the stalls it announced (CaseStalled, issue 12): one row per case, reason and the
-- moment the stall began, so a rerun announces nothing twice and a case that moved on and stalls again is new.
create table cases.stall_notice (
    case_id    uuid        not null references cases.case_file (id),
    reason     text        not null check (reason in ('NO_PROGRESS', 'HELD_ON_RUNG')),
    since      timestamptz not null,
    noticed_at timestamptz not null default now(),
    primary key (case_id, reason, since)
);
