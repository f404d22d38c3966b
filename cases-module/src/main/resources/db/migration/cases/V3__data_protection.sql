-- Erasure of a client is asked for by one person and approved by a supervisor who is not that person.
create table cases.erasure_request (
    id           uuid primary key,
    client_id    uuid        not null references cases.client (id),
    reason       text        not null,
    requested_by text        not null,
    requested_at timestamptz not null default now(),
    state        text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by   text,
    decided_at   timestamptz,
    decision_note text
);
-- One open request per client: a second one would only race the first.
create unique index erasure_request_pending_idx on cases.erasure_request (client_id) where state = 'PENDING';

-- An erased case keeps its id, team and dates (the minimal record); its content is gone.
alter table cases.case_file add column erased_at timestamptz;
