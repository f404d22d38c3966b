-- Corrections count as activity on the case list (V8 keeps last_activity_at on the case). A withdrawn or corrected
-- identifier, reference number or task already counts through the update of its own row (retracted_at); a
-- correction of the client's details or of the offences to name changes no row V8 watches, so its history row does.
-- Not on update: the only update these append-only tables allow is erasure clearing what they say.
create trigger client_change_inserted after insert on cases.client_change referencing new table as changed_rows
    for each statement execute function cases.entries_changed('changed_at');
create trigger offence_change_inserted after insert on cases.offence_change referencing new table as changed_rows
    for each statement execute function cases.entries_changed('changed_at');
