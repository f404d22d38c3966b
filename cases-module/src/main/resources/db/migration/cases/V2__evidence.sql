-- The evidence locker. Files live in the data folder (evidence/), named by evidence id; this table holds what
-- was recorded about each one. Rows are never deleted: a deleted or erased file leaves its record behind.
create table cases.evidence (
    id                   uuid primary key,
    case_id              uuid        not null references cases.case_file (id),
    -- As the uploader named it: kept for the record, never trusted for the type.
    file_name            text,
    media_type           text        not null,
    -- What the file name's extension claims, when it claims anything; a mismatch is recorded, not corrected.
    name_type            text,
    name_matches_content boolean     not null,
    size_bytes           bigint      not null check (size_bytes >= 0),
    sha256               char(64)    not null,
    captured_at          timestamptz,
    source_url           text,
    platform             text,
    username_shown       text,
    capture_method       text        not null
        check (capture_method in ('SCREENSHOT', 'SCREEN_RECORDING', 'EMAIL_WITH_HEADERS', 'FILE')),
    uploaded_by          text        not null,
    uploaded_at          timestamptz not null default now(),
    deleted_at           timestamptz,
    deleted_by           text,
    deletion_reason      text,
    erased_at            timestamptz,
    check ((deleted_at is null) = (deleted_by is null))
);
create index evidence_case_idx on cases.evidence (case_id, uploaded_at);

-- Chain of custody: every upload, view or download, export, integrity re-check and destruction of a file.
create table cases.custody (
    id          bigserial primary key,
    evidence_id uuid        not null references cases.evidence (id),
    case_id     uuid        not null references cases.case_file (id),
    action      text        not null
        check (action in ('UPLOADED', 'VIEWED', 'EXPORTED', 'INTEGRITY_CHECKED', 'DELETED', 'ERASED')),
    actor       text        not null,
    detail      text,
    -- clock_timestamp: entries written in one transaction still show their true order and time.
    at          timestamptz not null default clock_timestamp()
);
create index custody_evidence_idx on cases.custody (evidence_id, id);

-- Append-only, enforced by the database: the one change allowed is clearing a detail when a client is erased.
create function cases.custody_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.evidence_id <> old.evidence_id or new.case_id <> old.case_id
            or new.action <> old.action or new.actor <> old.actor or new.at <> old.at
            or new.detail is not null and new.detail is distinct from old.detail then
        raise exception 'The chain of custody is append-only';
    end if;
    return new;
end
$$;
create trigger custody_append_only before update or delete on cases.custody
    for each row execute function cases.custody_is_append_only();
