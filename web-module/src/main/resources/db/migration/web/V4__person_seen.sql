-- In Keycloak mode people are not in web.account: who they are (roles and teams, from the token's claims) is
-- recorded here each time they sign in, so that the cases module's caseworker directory can check a name a
-- supervisor gives it, and pages can show a display name. What the claims said at the last sign-in stands until
-- the next one; never a password or a token.
create table web.person_seen (
    username         text primary key check (length(username) between 1 and 255),
    display_name     text        not null check (length(display_name) <= 255),
    roles            text[]      not null,
    teams            text[]      not null,
    supervised_teams text[]      not null,
    first_seen_at    timestamptz not null default now(),
    last_seen_at     timestamptz not null default now()
);
create index person_seen_teams_idx on web.person_seen using gin (teams);
