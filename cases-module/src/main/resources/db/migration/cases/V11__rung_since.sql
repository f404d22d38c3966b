-- When a case reached the rung it is on, kept with the rung so "days on rung" is read, not guessed.
alter table cases.case_file add column rung_since timestamptz;

update cases.case_file c
set rung_since = coalesce((select max(e.moved_at) from cases.escalation e where e.case_id = c.id), c.opened_at);

alter table cases.case_file alter column rung_since set default now();
alter table cases.case_file alter column rung_since set not null;
