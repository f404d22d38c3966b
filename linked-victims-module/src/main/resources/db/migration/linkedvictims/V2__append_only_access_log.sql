-- Who viewed or exported which pattern is append-only, enforced by the database like the cases module's custody
-- and audit. No code path changes or removes an entry, client erasure included: the log names patterns and
-- staff, never a client or case, which is why erasure keeps it (V1). Row triggers do not see TRUNCATE, so that
-- is refused by a statement trigger. This binds the application and ordinary access, not a superuser or the
-- table's owner acting deliberately (who can disable triggers).
create function linkedvictims.refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '%.% is append-only: entries are never changed or removed', tg_table_schema, tg_table_name;
end
$$;

create trigger access_log_append_only before update or delete on linkedvictims.access_log
    for each row execute function linkedvictims.refuse_rewrite();
create trigger access_log_not_truncated before truncate on linkedvictims.access_log
    for each statement execute function linkedvictims.refuse_rewrite();
