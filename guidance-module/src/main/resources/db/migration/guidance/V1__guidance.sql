-- Guidance owns the schema "guidance"; no other module reads these tables.
create schema if not exists guidance;

create table guidance.jurisdiction (
    code         text primary key,
    content      jsonb       not null,
    content_hash text        not null,
    updated_at   timestamptz not null default now()
);

create table guidance.item (
    id                 text primary key,
    jurisdiction       text        not null references guidance.jurisdiction (code),
    kind               text        not null,
    published_revision integer,
    withdrawn          boolean     not null default false,
    file_hash          text,
    created_at         timestamptz not null default now()
);

create index item_jurisdiction_idx on guidance.item (jurisdiction);

-- Every version ever written is kept: the history says who wrote what, who reviewed it and when.
create table guidance.revision (
    item_id        text        not null references guidance.item (id),
    number         integer     not null,
    status         text        not null check (status in ('DRAFT', 'PUBLISHED', 'REJECTED', 'SUPERSEDED', 'WITHDRAWN')),
    content        jsonb       not null,
    author         text        not null,
    created_at     timestamptz not null default now(),
    reviewer       text,
    reviewed_at    timestamptz,
    review_comment text,
    primary key (item_id, number)
);

create index revision_status_idx on guidance.revision (status);
