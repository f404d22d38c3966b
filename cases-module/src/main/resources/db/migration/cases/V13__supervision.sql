-- Supervision (issue 12): reassignments and team moves kept as history, closure by a supervisor's approval,
-- reopening with a reason, and supervision notes with a "review by" date that brings a case back to the board.
-- All append-only except a closure request's decision, which is written once. The words (reasons, notes,
-- comments) are required by the application and nullable here only so that client erasure can clear them.

create table cases.reassignment (
    id              uuid primary key,
    case_id         uuid        not null references cases.case_file (id),
    from_caseworker text        not null,
    to_caseworker   text        not null,
    from_team       text        not null,
    to_team         text        not null,
    reason          text,
    reassigned_by   text        not null,
    reassigned_at   timestamptz not null default now()
);
create index reassignment_case_idx on cases.reassignment (case_id, reassigned_at desc);

create table cases.closure_request (
    id           uuid primary key,
    case_id      uuid        not null references cases.case_file (id),
    outcome      text        not null,
    reason       text,
    requested_by text        not null,
    requested_at timestamptz not null default now(),
    state        text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by   text,
    decided_at   timestamptz,
    comment      text,
    check ((state = 'PENDING') = (decided_by is null))
);
-- One request waits for a decision per case at a time.
create unique index closure_request_pending_idx on cases.closure_request (case_id) where state = 'PENDING';
create index closure_request_case_idx on cases.closure_request (case_id, requested_at desc);

-- The outcome the approved closure recorded; cleared again when the case is reopened.
alter table cases.case_file add column closure_outcome text;

create table cases.reopening (
    id          uuid primary key,
    case_id     uuid        not null references cases.case_file (id),
    reason      text,
    reopened_by text        not null,
    reopened_at timestamptz not null default now()
);
create index reopening_case_idx on cases.reopening (case_id, reopened_at desc);

create table cases.supervision_note (
    id         uuid primary key,
    case_id    uuid        not null references cases.case_file (id),
    note       text,
    review_by  date,
    written_by text        not null,
    written_at timestamptz not null default now()
);
create index supervision_note_case_idx on cases.supervision_note (case_id, written_at desc);

-- The review date of the latest note that set one, kept on the case so the board finds due reviews by index.
alter table cases.case_file add column review_by date;
create index case_file_review_idx on cases.case_file (team, review_by) where status = 'OPEN' and review_by is not null;

-- History stays as written (V9's rule: a value may only be cleared, which client erasure does to the words);
-- a closure request is decided once, from PENDING, and otherwise only cleared.
create trigger reassignment_append_only before update or delete on cases.reassignment
    for each row execute function cases.history_only_cleared();
create trigger reassignment_not_truncated before truncate on cases.reassignment
    for each statement execute function cases.refuse_rewrite();
create trigger reopening_append_only before update or delete on cases.reopening
    for each row execute function cases.history_only_cleared();
create trigger reopening_not_truncated before truncate on cases.reopening
    for each statement execute function cases.refuse_rewrite();
create trigger supervision_note_append_only before update or delete on cases.supervision_note
    for each row execute function cases.history_only_cleared();
create trigger supervision_note_not_truncated before truncate on cases.supervision_note
    for each statement execute function cases.refuse_rewrite();

create function cases.closure_decided_once() returns trigger language plpgsql as $$
declare
    field text;
begin
    if tg_op = 'DELETE' then
        raise exception '%.% is append-only: entries are never removed', tg_table_schema, tg_table_name;
    end if;
    for field in select jsonb_object_keys(to_jsonb(new)) loop
        continue when old.state = 'PENDING' and field in ('state', 'decided_by', 'decided_at', 'comment');
        if to_jsonb(new) -> field is distinct from to_jsonb(old) -> field
                and to_jsonb(new) -> field <> 'null'::jsonb then
            raise exception '%.% is decided once: a value may only be cleared', tg_table_schema, tg_table_name;
        end if;
    end loop;
    return new;
end
$$;
create trigger closure_request_decided_once before update or delete on cases.closure_request
    for each row execute function cases.closure_decided_once();
create trigger closure_request_not_truncated before truncate on cases.closure_request
    for each statement execute function cases.refuse_rewrite();

-- The new entries are activity on the case (V8's rule), from their own time when inserted.
create trigger reassignment_inserted after insert on cases.reassignment referencing new table as changed_rows
    for each statement execute function cases.entries_changed('reassigned_at');
create trigger closure_request_inserted after insert on cases.closure_request referencing new table as changed_rows
    for each statement execute function cases.entries_changed('requested_at');
create trigger closure_request_updated after update on cases.closure_request referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger reopening_inserted after insert on cases.reopening referencing new table as changed_rows
    for each statement execute function cases.entries_changed('reopened_at');
create trigger supervision_note_inserted after insert on cases.supervision_note referencing new table as changed_rows
    for each statement execute function cases.entries_changed('written_at');

-- Progress, for "stalled" (falseos.supervision.stalled-after): the last diary entry, ladder move, reference number,
-- task done or reopening. Narrower than last activity on purpose: a consent answer, a correction or a supervisor's
-- note does not move a case on. Kept by the database like last activity, so every writer keeps it.
alter table cases.case_file add column last_progress_at timestamptz;

update cases.case_file c set
    last_progress_at = greatest(c.opened_at,
        (select max(recorded_at) from cases.incident where case_id = c.id),
        (select max(recorded_at) from cases.reference_number where case_id = c.id),
        (select max(moved_at) from cases.escalation where case_id = c.id),
        (select max(done_at) from cases.task where case_id = c.id));

create function cases.case_file_first_progress() returns trigger language plpgsql as $$
begin
    new.last_progress_at := coalesce(new.last_progress_at, new.opened_at);
    return new;
end
$$;
create trigger case_file_first_progress before insert on cases.case_file
    for each row execute function cases.case_file_first_progress();

alter table cases.case_file alter column last_progress_at set not null;

-- Argument: the column holding the entry's time. A task counts when it is done (done_at set), not when created.
create function cases.progress_made() returns trigger language plpgsql as $$
begin
    execute format('update cases.case_file c set last_progress_at = m.at
                    from (select case_id, max(%I) as at from changed_rows where %I is not null group by case_id) m
                    where c.id = m.case_id and c.last_progress_at < m.at', tg_argv[0], tg_argv[0]);
    return null;
end
$$;
create trigger incident_progress after insert on cases.incident referencing new table as changed_rows
    for each statement execute function cases.progress_made('recorded_at');
create trigger reference_number_progress after insert on cases.reference_number referencing new table as changed_rows
    for each statement execute function cases.progress_made('recorded_at');
create trigger escalation_progress after insert on cases.escalation referencing new table as changed_rows
    for each statement execute function cases.progress_made('moved_at');
create trigger task_done_progress after update on cases.task referencing new table as changed_rows
    for each statement execute function cases.progress_made('done_at');
create trigger task_inserted_done_progress after insert on cases.task referencing new table as changed_rows
    for each statement execute function cases.progress_made('done_at');
create trigger reopening_progress after insert on cases.reopening referencing new table as changed_rows
    for each statement execute function cases.progress_made('reopened_at');

-- The board reads a team's open cases by progress and by time on the rung.
create index case_file_team_progress_idx on cases.case_file (team, last_progress_at) where status = 'OPEN';
create index case_file_team_rung_since_idx on cases.case_file (team, rung_since) where status = 'OPEN';
