-- The case list (issue 11) sorts by when a case last changed and flags cases whose next open task is overdue, over
-- 100,000 cases, 50 a page. Both are kept on the case row and indexed. The database keeps them, in the transaction
-- of the change itself, so that no writer can forget them: the module's facade, its evidence and data-protection
-- sub-packages, corrections added later to these tables, and the synthetic data command's COPY.
-- A change is an entry recorded on the case (diary, identifier, reference, ladder move, consent, task, evidence,
-- offence, police-consent override) or any change to the case row itself (rung, assignment, closing, ...).
-- Reading a case is not a change: views go to the audit trail only.
alter table cases.case_file add column last_activity_at timestamptz, add column next_task_due date;

update cases.case_file c set
    last_activity_at = greatest(c.opened_at, c.closed_at,
        (select max(recorded_at) from cases.incident where case_id = c.id),
        (select max(recorded_at) from cases.identifier where case_id = c.id),
        (select max(recorded_at) from cases.reference_number where case_id = c.id),
        (select max(moved_at) from cases.escalation where case_id = c.id),
        (select max(recorded_at) from cases.consent where case_id = c.id),
        (select max(greatest(created_at, done_at)) from cases.task where case_id = c.id),
        (select max(greatest(uploaded_at, deleted_at, erased_at)) from cases.evidence where case_id = c.id),
        (select max(added_at) from cases.offence_considered where case_id = c.id),
        (select max(greatest(granted_at, used_at)) from cases.police_consent_override where case_id = c.id)),
    next_task_due = (select min(due_on) from cases.task where case_id = c.id and done_at is null);

-- A new case has had no activity but its opening (the synthetic data command sets opened_at in the past).
create function cases.case_file_first_activity() returns trigger language plpgsql as $$
begin
    new.last_activity_at := coalesce(new.last_activity_at, greatest(new.opened_at, new.closed_at));
    return new;
end
$$;
create trigger case_file_first_activity before insert on cases.case_file
    for each row execute function cases.case_file_first_activity();

alter table cases.case_file alter column last_activity_at set not null;

-- A change to the case row is activity, unless the update is the bookkeeping below (which sets the columns itself).
create function cases.case_file_changed() returns trigger language plpgsql as $$
begin
    if new.last_activity_at = old.last_activity_at and new.next_task_due is not distinct from old.next_task_due then
        new.last_activity_at := greatest(old.last_activity_at, now());
    end if;
    return new;
end
$$;
create trigger case_file_changed before update on cases.case_file
    for each row when (old.* is distinct from new.*) execute function cases.case_file_changed();

-- An entry inserted on a case counts from its own time (argument: the column); a change to an entry, from now.
-- One statement-level update per statement, so a COPY of 450,000 diary entries updates each case once.
create function cases.entries_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        execute format('update cases.case_file c set last_activity_at = m.at
                        from (select case_id, max(%I) as at from changed_rows group by case_id) m
                        where c.id = m.case_id and c.last_activity_at < m.at', tg_argv[0]);
    else
        update cases.case_file c set last_activity_at = now()
        where c.id in (select case_id from changed_rows) and c.last_activity_at < now();
    end if;
    return null;
end
$$;

create trigger incident_inserted after insert on cases.incident referencing new table as changed_rows
    for each statement execute function cases.entries_changed('recorded_at');
create trigger incident_updated after update on cases.incident referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger identifier_inserted after insert on cases.identifier referencing new table as changed_rows
    for each statement execute function cases.entries_changed('recorded_at');
create trigger identifier_updated after update on cases.identifier referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger reference_number_inserted after insert on cases.reference_number referencing new table as changed_rows
    for each statement execute function cases.entries_changed('recorded_at');
create trigger reference_number_updated after update on cases.reference_number referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger escalation_inserted after insert on cases.escalation referencing new table as changed_rows
    for each statement execute function cases.entries_changed('moved_at');
create trigger consent_inserted after insert on cases.consent referencing new table as changed_rows
    for each statement execute function cases.entries_changed('recorded_at');
create trigger task_inserted after insert on cases.task referencing new table as changed_rows
    for each statement execute function cases.entries_changed('created_at');
create trigger task_updated after update on cases.task referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger evidence_inserted after insert on cases.evidence referencing new table as changed_rows
    for each statement execute function cases.entries_changed('uploaded_at');
create trigger evidence_updated after update on cases.evidence referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger offence_considered_inserted after insert on cases.offence_considered referencing new table as changed_rows
    for each statement execute function cases.entries_changed('added_at');
create trigger offence_considered_updated after update on cases.offence_considered referencing new table as changed_rows
    for each statement execute function cases.entries_changed();
create trigger police_consent_override_inserted after insert on cases.police_consent_override
    referencing new table as changed_rows
    for each statement execute function cases.entries_changed('granted_at');
create trigger police_consent_override_updated after update on cases.police_consent_override
    referencing new table as changed_rows
    for each statement execute function cases.entries_changed();

-- The case's next open task: recomputed for the cases whose tasks a statement touched.
create function cases.tasks_changed() returns trigger language plpgsql as $$
begin
    update cases.case_file c set next_task_due = d.due
    from (select ch.case_id,
                 (select min(t.due_on) from cases.task t where t.case_id = ch.case_id and t.done_at is null) as due
          from (select distinct case_id from changed_rows) ch) d
    where c.id = d.case_id and c.next_task_due is distinct from d.due;
    return null;
end
$$;
create trigger task_inserted_next_due after insert on cases.task referencing new table as changed_rows
    for each statement execute function cases.tasks_changed();
create trigger task_updated_next_due after update on cases.task referencing new table as changed_rows
    for each statement execute function cases.tasks_changed();
create trigger task_deleted_next_due after delete on cases.task referencing old table as changed_rows
    for each statement execute function cases.tasks_changed();

-- The list reads one team's (or a supervisor's few teams') cases in the order asked for, 50 at a time. Each sort's
-- index carries every column a filter or the counts look at, so that finding a page (even page 200, offset 10,000)
-- and counting 20,000 cases read these indexes alone (index-only scans); only the 50 rows shown are read in full.
create index case_file_team_activity_idx on cases.case_file (team, last_activity_at desc, id desc)
    include (client_id, status, rung, assigned_to, next_task_due, harm_types);
create index case_file_team_rung_idx on cases.case_file (team, rung desc, last_activity_at desc, id desc)
    include (client_id, status, assigned_to, next_task_due, harm_types);
create index case_file_team_opened_idx on cases.case_file (team, opened_at desc, id desc)
    include (client_id, status, rung, assigned_to, next_task_due, harm_types);
