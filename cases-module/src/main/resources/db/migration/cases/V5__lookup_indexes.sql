-- Found by the case benchmark (docs/benchmarks.md, "Cases"): with 450,000 diary entries, reading a diary looked for
-- corrections by scanning every entry, and a case's tasks were read by scanning all tasks.
create index if not exists incident_corrects_idx on cases.incident (corrects) where corrects is not null;
create index if not exists task_case_idx on cases.task (case_id, due_on);
