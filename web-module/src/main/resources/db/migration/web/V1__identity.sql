-- Web owns the schema "web": local accounts (the embedded default), sign-in audit and login throttling.
-- In Keycloak mode accounts, roles and teams live in Keycloak; the audit is written in both modes.
create schema if not exists web;

create table web.account (
    username      text primary key check (username = lower(username) and length(username) between 1 and 64),
    display_name  text        not null,
    -- Delegating encoder format: "{bcrypt}...", "{argon2@SpringSecurity_v5_8}..."; never a plain password.
    password_hash text        not null check (password_hash like '{%}%'),
    enabled       boolean     not null default true,
    -- Demo accounts exist only while the app runs in demo mode; they are removed at any other start.
    demo          boolean     not null default false,
    created_at    timestamptz not null default now()
);

create table web.account_role (
    username text not null references web.account (username) on delete cascade,
    role     text not null check (role in ('CASEWORKER', 'COORDINATOR', 'SUPERVISOR', 'STAFF', 'EDITOR', 'ADMIN')),
    primary key (username, role)
);

create table web.team (
    name text primary key check (length(name) between 1 and 100)
);

create table web.team_member (
    username text not null references web.account (username) on delete cascade,
    team     text not null references web.team (name),
    primary key (username, team)
);

create table web.supervised_team (
    username text not null references web.account (username) on delete cascade,
    team     text not null references web.team (name),
    primary key (username, team)
);

-- Who tried to sign in, when, from where and how it went. Never a password or a token.
create table web.sign_in (
    id             bigint generated always as identity primary key,
    username       text        not null,
    at             timestamptz not null default now(),
    outcome        text        not null check (outcome in ('SUCCEEDED', 'FAILED', 'LOCKED')),
    method         text        not null,
    remote_address text
);

create index sign_in_at_idx on web.sign_in (at desc);

-- Consecutive failed sign-ins per attempted username, in the database so that every instance sees them.
create table web.login_failure (
    username        text primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
