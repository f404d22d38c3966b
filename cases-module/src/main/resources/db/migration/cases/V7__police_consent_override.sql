-- A supervisor's one-time release of a case's police bundle without the client's police consent. The row is
-- used up (used_at) by the next bundle download; the grant and its use are also in the append-only audit.
create table cases.police_consent_override (
    id          uuid primary key,
    case_id     uuid        not null references cases.case_file (id),
    reason      text        not null,
    granted_by  text        not null,
    granted_at  timestamptz not null default clock_timestamp(),
    used_by     text,
    used_at     timestamptz
);
-- At most one unused override per case: "once" means once.
create unique index police_consent_override_pending_idx on cases.police_consent_override (case_id)
    where used_at is null;
