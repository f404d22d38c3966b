-- The sign-in audit is append-only, enforced by the database like the cases module's custody and audit: no
-- entry is ever changed, and entries are removed only by the retention job (falseos.retention.sign-ins).
-- That one path is narrow on two counts, and both must hold:
--  * the deleting transaction has said it is the retention job (select set_config('falseos.retention', 'on',
--    true), which lasts to the end of that transaction only), so a stray "delete from web.sign_in" fails;
--  * the entry is older than a week (the shortest retention the setting accepts), so even that path can never
--    remove the recent sign-ins that show an attack in progress.
-- A setting alone would let anyone who can run SQL empty the table; an age floor alone would let any stray
-- statement remove older entries. Neither binds a superuser or the table's owner acting deliberately (who can
-- disable triggers); they keep bugs and injected statements from rewriting history. TRUNCATE, which row triggers
-- do not see, is refused by a statement trigger.
create function web.sign_in_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('falseos.retention', true) = 'on'
            and old.at < now() - interval '7 days' then
        return old;
    end if;
    raise exception 'web.sign_in is append-only: only the retention job removes entries, older than a week';
end
$$;

create trigger sign_in_append_only before update or delete on web.sign_in
    for each row execute function web.sign_in_is_append_only();
create trigger sign_in_not_truncated before truncate on web.sign_in
    for each statement execute function web.sign_in_is_append_only();
