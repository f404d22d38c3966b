-- The search index of every instance asks "which cases changed since ...?" every few seconds.
create index case_file_opened_idx on cases.case_file (opened_at);
create index case_file_closed_idx on cases.case_file (closed_at) where closed_at is not null;
create index incident_recorded_idx on cases.incident (recorded_at);
create index reference_number_recorded_idx on cases.reference_number (recorded_at);
create index client_erased_idx on cases.client (erased_at) where erased_at is not null;
