-- The cases module owns the schema "cases". Client details are personal data: erasure clears them and keeps
-- only the minimal audit record.
create schema if not exists cases;

create table cases.client (
    id                 uuid primary key,
    team               text        not null,
    code               text        not null,
    name               text,
    contact            text,
    safe_contact_notes text,
    jurisdiction       text        not null,
    doxxed_address     boolean     not null default false,
    swatting_risk      boolean     not null default false,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    erased_at          timestamptz,
    erased_by          text,
    erasure_approved_by text,
    -- Codes are pseudonyms chosen per team; the same code in another team is another client.
    unique (team, code)
);

create table cases.case_file (
    id                 uuid primary key,
    client_id          uuid        not null references cases.client (id),
    team               text        not null,
    assigned_to        text        not null,
    status             text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    summary            text        not null,
    harm_types         text[]      not null default '{}',
    perpetrator_country text,
    jurisdiction       text        not null,
    rung               integer     not null default 0,
    opened_by          text        not null,
    opened_at          timestamptz not null default now(),
    closed_at          timestamptz
);
create index case_file_team_idx on cases.case_file (team, opened_at desc);
create index case_file_assigned_idx on cases.case_file (assigned_to, status);
create index case_file_client_idx on cases.case_file (client_id);

create table cases.consent (
    id          uuid primary key,
    client_id   uuid        not null references cases.client (id),
    case_id     uuid        not null references cases.case_file (id),
    kind        text        not null check (kind in ('DATA', 'LINKING', 'POLICE')),
    given       boolean     not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index consent_case_idx on cases.consent (case_id, kind, recorded_at desc);

create table cases.offence_considered (
    case_id     uuid not null references cases.case_file (id),
    offence_id  text not null,
    title       text not null,
    reason      text,
    added_by    text not null,
    added_at    timestamptz not null default now(),
    primary key (case_id, offence_id)
);

create table cases.task (
    id         uuid primary key,
    case_id    uuid        not null references cases.case_file (id),
    title      text        not null,
    due_on     date,
    created_by text        not null,
    created_at timestamptz not null default now(),
    done_by    text,
    done_at    timestamptz
);
create index task_open_idx on cases.task (case_id) where done_at is null;

-- Append-only: corrections are new rows pointing at the entry they correct.
create table cases.incident (
    id            uuid primary key,
    case_id       uuid        not null references cases.case_file (id),
    occurred_at   timestamptz not null,
    recorded_at   timestamptz not null default now(),
    recorded_by   text        not null,
    platform      text,
    url           text,
    perpetrator_identifier text,
    description   text        not null,
    corrects      uuid references cases.incident (id)
);
create index incident_case_idx on cases.incident (case_id, occurred_at);

create table cases.identifier (
    id          uuid primary key,
    case_id     uuid        not null references cases.case_file (id),
    kind        text        not null check (kind in ('HANDLE', 'URL', 'EMAIL', 'PHONE', 'NAME', 'OTHER')),
    platform    text,
    value       text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index identifier_case_idx on cases.identifier (case_id);

create table cases.reference_number (
    id             uuid primary key,
    case_id        uuid        not null references cases.case_file (id),
    agency         text        not null,
    number         text        not null,
    -- Upper case without spaces or dashes: "ab-123 4" and "AB1234" are the same reference.
    number_key     text        not null,
    obtained_on    date,
    officer        text,
    contact_route  text,
    notes          text,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    unique (case_id, agency, number_key)
);
create index reference_number_key_idx on cases.reference_number (number_key);

create table cases.escalation (
    id        uuid primary key,
    case_id   uuid        not null references cases.case_file (id),
    from_rung integer     not null,
    to_rung   integer     not null,
    note      text        not null,
    moved_by  text        not null,
    moved_at  timestamptz not null default now()
);
create index escalation_case_idx on cases.escalation (case_id, moved_at);

-- Who saw or exported what. Kept after erasure (with the client's details gone).
create table cases.audit (
    id        bigserial primary key,
    case_id   uuid,
    client_id uuid,
    actor     text        not null,
    action    text        not null,
    detail    text,
    at        timestamptz not null default now()
);
create index audit_case_idx on cases.audit (case_id, at desc);
