-- The linked-victims module owns the schema "linkedvictims". It never holds a raw identifier: only a keyed hash
-- (HMAC-SHA256) of the normalised form and a masked display of at most two characters. Everything here is derived
-- from the cases module and is deleted when the client is erased.
create schema if not exists linkedvictims;

-- One row per identifier or reference number recorded on a case.
create table linkedvictims.fingerprint (
    source_id   uuid primary key,       -- the identifier's or reference number's id in the cases module
    case_id     uuid        not null,
    client_id   uuid        not null,
    kind        text        not null,   -- handle, url, email, phone, name, other, reference
    platform    text        not null,   -- canonical platform, host, or the agency of a reference
    hash        bytea       not null,
    masked      text        not null,
    weak        boolean     not null,
    recorded_at timestamptz not null default now()
);
-- Matching a new identifier is one lookup on this index, never a scan.
create index fingerprint_hash_idx on linkedvictims.fingerprint using btree (hash);
create index fingerprint_case_idx on linkedvictims.fingerprint (case_id);
create index fingerprint_client_idx on linkedvictims.fingerprint (client_id);

create table linkedvictims.pattern (
    id          uuid primary key,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    merged_into uuid references linkedvictims.pattern (id)
);

-- A case is in at most one pattern.
create table linkedvictims.member (
    case_id    uuid primary key,
    pattern_id uuid        not null references linkedvictims.pattern (id),
    client_id  uuid        not null,
    team       text        not null,
    joined_at  timestamptz not null default clock_timestamp()
);
create index member_pattern_idx on linkedvictims.member (pattern_id);
create index member_team_idx on linkedvictims.member (team);

-- A pair of cases of different clients sharing at least one hash; case_a sorts before case_b.
create table linkedvictims.suggestion (
    id              uuid primary key,
    case_a          uuid        not null,
    case_b          uuid        not null,
    client_a        uuid        not null,
    client_b        uuid        not null,
    state           text        not null default 'OPEN'
                    check (state in ('OPEN', 'AWAITING_CONSENT', 'LINKED', 'DISMISSED')),
    created_at      timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz,
    dismissed_reason text,
    pattern_id      uuid references linkedvictims.pattern (id),
    check (case_a < case_b),
    unique (case_a, case_b)
);
create index suggestion_case_b_idx on linkedvictims.suggestion (case_b);
create index suggestion_state_idx on linkedvictims.suggestion (state);

-- What a pair shares; a hash new to a dismissed pair brings the suggestion back.
create table linkedvictims.suggestion_match (
    suggestion_id uuid        not null references linkedvictims.suggestion (id) on delete cascade,
    hash          bytea       not null,
    kind          text        not null,
    platform      text        not null,
    masked        text        not null,
    weak          boolean     not null,
    matched_at    timestamptz not null default clock_timestamp(),
    primary key (suggestion_id, hash)
);

-- Coordinators' decisions, kept with the suggestion (and erased with it).
create table linkedvictims.decision (
    id            bigserial primary key,
    suggestion_id uuid        not null references linkedvictims.suggestion (id) on delete cascade,
    action        text        not null,
    actor         text        not null,
    reason        text,
    at            timestamptz not null default clock_timestamp()
);

-- Who viewed or exported which pattern, and in what format. Holds no case or client data, so erasure keeps it.
create table linkedvictims.access_log (
    id         bigserial primary key,
    pattern_id uuid        not null,
    actor      text        not null,
    action     text        not null check (action in ('VIEWED', 'EXPORTED')),
    format     text,
    at         timestamptz not null default clock_timestamp()
);
create index access_log_pattern_idx on linkedvictims.access_log (pattern_id, at desc);
