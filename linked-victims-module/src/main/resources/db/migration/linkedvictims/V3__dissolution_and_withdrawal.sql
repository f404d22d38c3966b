-- A pattern left with one member is no pattern: it is dissolved, its last member leaves, and the row stays so that
-- a bookmarked page or a repeated export can say what happened instead of "not found". The teams of its last
-- members decide who may still read that it was dissolved (the pattern's members are gone by then).
alter table linkedvictims.pattern
    add column dissolved_at     timestamptz,
    add column dissolved_reason text,
    add column dissolved_teams  text[];

-- A suggestion whose every shared item was withdrawn from its case is withdrawn too, with the reason for the
-- coordinator; it comes back like a dismissed one if the cases come to share something again.
alter table linkedvictims.suggestion drop constraint suggestion_state_check;
alter table linkedvictims.suggestion add constraint suggestion_state_check
    check (state in ('OPEN', 'AWAITING_CONSENT', 'LINKED', 'DISMISSED', 'WITHDRAWN'));
alter table linkedvictims.suggestion add column withdrawn_reason text;

-- A shared item no longer shared (withdrawn from a case) is kept, marked, so the withdrawn suggestion can still
-- say what it rested on; only unmarked rows count as shared.
alter table linkedvictims.suggestion_match add column withdrawn_at timestamptz;
