-- Corrections, never silent edits (issue 11). An identifier, reference number or task that no longer stands keeps
-- its row: retracted_at marks it retired, and cases.retraction says who retired it, when, why, and which entry
-- replaced it (null for a plain withdrawal). Client details and the offences to name are changed in place, so the
-- earlier values go to their own history tables first. The history tables are append-only like the audit trail;
-- the only change allowed is clearing a value to null, which is how erasure and withdrawn data consent reach them.
alter table cases.identifier add column retracted_at timestamptz;
alter table cases.reference_number add column retracted_at timestamptz;
alter table cases.task add column retracted_at timestamptz;

-- A withdrawn reference may be recorded again (say, after a mistaken withdrawal): only current ones are unique.
alter table cases.reference_number drop constraint reference_number_case_id_agency_number_key_key;
create unique index reference_number_current_idx on cases.reference_number (case_id, agency, number_key)
    where retracted_at is null;
-- Free-typed agencies are matched case-insensitively against those already recorded.
create index reference_number_agency_idx on cases.reference_number (lower(agency));

create table cases.retraction (
    -- One retraction per entry: a second withdrawal of the same entry is refused by the key.
    entry_id     uuid primary key,
    case_id      uuid        not null references cases.case_file (id),
    entry_kind   text        not null check (entry_kind in ('IDENTIFIER', 'REFERENCE_NUMBER', 'TASK')),
    reason       text,
    replaced_by  uuid,
    retracted_by text        not null,
    retracted_at timestamptz not null default clock_timestamp()
);
create index retraction_case_idx on cases.retraction (case_id, retracted_at);

-- The client's details as they were before a correction.
create table cases.client_change (
    id                 uuid primary key,
    client_id          uuid        not null references cases.client (id),
    case_id            uuid        not null references cases.case_file (id),
    name               text,
    contact            text,
    safe_contact_notes text,
    doxxed_address     boolean,
    swatting_risk      boolean,
    reason             text,
    changed_by         text        not null,
    changed_at         timestamptz not null default clock_timestamp()
);
create index client_change_client_idx on cases.client_change (client_id, changed_at);

-- The offences to name as they were before a change: a JSON list of {offenceId, title, reason}.
create table cases.offence_change (
    id          uuid primary key,
    case_id     uuid        not null references cases.case_file (id),
    earlier     jsonb,
    reason      text,
    changed_by  text        not null,
    changed_at  timestamptz not null default clock_timestamp()
);
create index offence_change_case_idx on cases.offence_change (case_id, changed_at);

create function cases.history_only_cleared() returns trigger language plpgsql as $$
declare
    field text;
begin
    if tg_op = 'DELETE' then
        raise exception '%.% is append-only: entries are never removed', tg_table_schema, tg_table_name;
    end if;
    for field in select jsonb_object_keys(to_jsonb(new)) loop
        if to_jsonb(new) -> field is distinct from to_jsonb(old) -> field
                and to_jsonb(new) -> field <> 'null'::jsonb then
            raise exception '%.% is append-only: a value may only be cleared', tg_table_schema, tg_table_name;
        end if;
    end loop;
    return new;
end
$$;

create trigger retraction_append_only before update or delete on cases.retraction
    for each row execute function cases.history_only_cleared();
create trigger retraction_not_truncated before truncate on cases.retraction
    for each statement execute function cases.refuse_rewrite();
create trigger client_change_append_only before update or delete on cases.client_change
    for each row execute function cases.history_only_cleared();
create trigger client_change_not_truncated before truncate on cases.client_change
    for each statement execute function cases.refuse_rewrite();
create trigger offence_change_append_only before update or delete on cases.offence_change
    for each row execute function cases.history_only_cleared();
create trigger offence_change_not_truncated before truncate on cases.offence_change
    for each statement execute function cases.refuse_rewrite();
