-- The search index also asks which cases gained an identifier or moved on the ladder since its last reading.
create index identifier_recorded_idx on cases.identifier (recorded_at);
create index escalation_moved_idx on cases.escalation (moved_at);
