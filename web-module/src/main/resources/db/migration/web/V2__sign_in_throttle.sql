-- Sign-in throttling that cannot be turned against the people it protects. The per-name lock of V1
-- (web.login_failure) let anyone lock any account for everyone; it is replaced by two throttles, both kept here
-- so that every instance sees the same counts:
--  * per name and source: a few free failures, then pauses that grow with each further failure;
--  * per source across all names: a budget of failures per time window.
-- A source is an IPv4 address or an IPv6 /64 network. An attempt is counted before its password is checked
-- (and taken back if it succeeds), so that parallel attempts cannot slip past the count.
drop table web.login_failure;

create table web.sign_in_throttle (
    username        text        not null check (length(username) <= 100),
    source          text        not null check (length(source) <= 64),
    failures        integer     not null check (failures >= 0),
    last_failure_at timestamptz not null,
    paused_until    timestamptz,
    primary key (username, source)
);

create table web.sign_in_source_throttle (
    source            text        primary key check (length(source) <= 64),
    failures          integer     not null check (failures >= 0),
    window_started_at timestamptz not null,
    paused_until      timestamptz
);

-- THROTTLED: refused by a throttle without checking the password. LOCKED remains for rows written before.
alter table web.sign_in drop constraint sign_in_outcome_check;
alter table web.sign_in add constraint sign_in_outcome_check
    check (outcome in ('SUCCEEDED', 'FAILED', 'LOCKED', 'THROTTLED'));
