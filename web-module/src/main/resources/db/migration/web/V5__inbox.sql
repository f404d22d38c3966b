-- The inbox (issue 12): notifications for one person each, fed by the modules' events and the daily scan.
-- The text names no case content (the client's pseudonymous code at most). dedup_key says which event or scan
-- finding the notification comes from, unique per recipient, so a redelivered event or a rerun adds nothing.
create table web.notification (
    id         uuid primary key,
    recipient  text        not null,
    kind       text        not null,
    case_id    uuid,
    text       text        not null check (length(text) between 1 and 300),
    link       text        not null check (link like '/%'),
    dedup_key  text        not null,
    created_at timestamptz not null default now(),
    read_at    timestamptz,
    unique (recipient, dedup_key)
);
create index notification_recipient_idx on web.notification (recipient, created_at desc, id);
-- The header's count on every page: one index-only lookup per request.
create index notification_unread_idx on web.notification (recipient) where read_at is null;

-- ShedLock's lock rows (net.javacrumbs.shedlock, JDBC provider): the daily scan runs on one instance at a time.
create table web.shedlock (
    name       varchar(64)  primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- Where the e-mail digest goes for a local account; optional (no address: no digest, the inbox still works).
alter table web.account add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$');

-- Each run of the daily scan, on whichever instance held the lock: what it found, shown on /inbox.
create table web.daily_scan (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null default now(),
    reminders   integer     not null,
    stalls      integer     not null,
    digests     integer     not null
);
create index daily_scan_started_idx on web.daily_scan (started_at desc);
