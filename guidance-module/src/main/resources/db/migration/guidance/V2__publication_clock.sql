-- The publication clock: every publish or withdrawal of an item takes the next number of one counter row.
-- That row stays locked until the publishing transaction commits, so numbers become visible strictly in
-- order: a reader that has seen change N has seen every change before it. Search instances catch up from it.
-- A trigger keeps it whatever code path publishes or withdraws (the editorial workflow included).
create table guidance.publication_clock (
    id   boolean primary key default true check (id),
    last bigint  not null
);

insert into guidance.publication_clock (last) values (0);

alter table guidance.item add column publication_sequence bigint;

create function guidance.next_publication_sequence() returns trigger language plpgsql as $$
begin
    update guidance.publication_clock set last = last + 1 returning last into new.publication_sequence;
    return new;
end
$$;

create trigger item_publication_sequence
    before insert or update of published_revision, withdrawn, kind on guidance.item
    for each row execute function guidance.next_publication_sequence();

-- Existing items get their place on the clock.
update guidance.item set withdrawn = withdrawn;

alter table guidance.item alter column publication_sequence set not null;

create index item_publication_sequence_idx on guidance.item (publication_sequence);
