-- The case audit trail is append-only, enforced by the database like the chain of custody (V2). No code path
-- changes or removes an entry, client erasure included: the trail records who accessed what and holds no case
-- content, so it is part of the minimal record an erasure keeps. Row triggers do not see TRUNCATE, so that is
-- refused by a statement trigger, here and (newly) for custody.
-- Like every trigger, this binds the application and anyone with ordinary access, not a superuser or the
-- tables' owner acting deliberately (who can disable triggers); it keeps bugs and stray statements from
-- rewriting history.
create function cases.refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only: entries are never changed or removed', tg_table_schema, tg_table_name;
end
$$;

create trigger audit_append_only before update or delete on cases.audit
    for each row execute function cases.refuse_rewrite();
create trigger audit_not_truncated before truncate on cases.audit
    for each statement execute function cases.refuse_rewrite();
create trigger custody_not_truncated before truncate on cases.custody
    for each statement execute function cases.refuse_rewrite();
