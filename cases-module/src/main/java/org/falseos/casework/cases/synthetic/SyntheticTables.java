package org.falseos.casework.cases.synthetic;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.falseos.casework.cases.synthetic.SyntheticWorld.CaseSketch;

/** What each table of the cases schema gets from one synthetic case, in an order the foreign keys accept. */
final class SyntheticTables {

	interface CaseRows {

		void write(CopyRows rows, CaseSketch sketch, Instant now) throws SQLException;
	}

	record Table(String name, String columns, CaseRows rows) {
	}

	static final List<Table> PER_CASE = List.of(
			new Table("case_file", "id, client_id, team, assigned_to, status, summary, harm_types, perpetrator_country, "
					+ "jurisdiction, rung, rung_since, opened_by, opened_at, closed_at, closure_outcome, review_by, "
					+ "last_activity_at, last_progress_at, next_task_due", SyntheticTables::caseFile),
			new Table("incident", "id, case_id, occurred_at, recorded_at, recorded_by, platform, url, "
					+ "perpetrator_identifier, description, corrects", SyntheticTables::incidents),
			new Table("identifier", "id, case_id, kind, platform, value, recorded_by, recorded_at",
					SyntheticTables::identifiers),
			new Table("reference_number", "id, case_id, agency, number, number_key, obtained_on, officer, "
					+ "contact_route, recorded_by, recorded_at", SyntheticTables::references),
			new Table("task", "id, case_id, title, due_on, created_by, created_at, done_by, done_at",
					SyntheticTables::tasks),
			new Table("escalation", "id, case_id, from_rung, to_rung, note, moved_by, moved_at",
					SyntheticTables::escalations),
			new Table("consent", "id, client_id, case_id, kind, given, recorded_by, recorded_at",
					SyntheticTables::consents),
			new Table("reassignment", "id, case_id, from_caseworker, to_caseworker, from_team, to_team, reason, "
					+ "reassigned_by, reassigned_at", SyntheticTables::reassignments),
			new Table("closure_request", "id, case_id, outcome, reason, requested_by, requested_at, state, "
					+ "decided_by, decided_at, comment", SyntheticTables::closureRequests),
			new Table("reopening", "id, case_id, reason, reopened_by, reopened_at", SyntheticTables::reopenings),
			new Table("supervision_note", "id, case_id, note, review_by, written_by, written_at",
					SyntheticTables::notes),
			new Table("audit", "case_id, client_id, actor, action, at", SyntheticTables::audit));

	static final String CLIENT_COLUMNS = "id, team, code, name, contact, safe_contact_notes, jurisdiction, "
			+ "doxxed_address, swatting_risk, created_by, created_at";

	private SyntheticTables() {
	}

	static void client(CopyRows rows, SyntheticWorld.ClientSketch c) throws SQLException {
		rows.row(c.id(), c.team(), c.code(), c.name(), c.contact(), c.notes(), "scotland", c.doxxed(), c.swatting(),
				SyntheticWorld.caseworker(c.team(), 0), c.createdAt());
	}

	// The kept columns are written with the row: the triggers of V8 and V13 then find every later COPY already
	// accounted for and update no case row, which keeps a 100,000-case run at COPY speed.
	private static void caseFile(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		rows.row(c.id(), c.client().id(), c.client().team(), c.caseworker(), c.open() ? "OPEN" : "CLOSED", c.summary(),
				c.harms(), c.country(), "scotland", c.rung(), c.rungSince(), c.openedBy(), c.openedAt(), c.closedAt(),
				c.closureOutcome(), c.reviewBy(), c.lastActivityAt(), c.lastProgressAt(), c.nextTaskDue());
	}

	private static void incidents(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var i : c.incidents()) {
			rows.row(i.id(), c.id(), i.occurredAt(), i.recordedAt(), c.caseworker(), i.platform(), i.url(),
					i.identifier(), i.description(), i.corrects());
		}
	}

	private static void identifiers(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		int k = 0;
		for (var form : c.identifiers()) {
			rows.row(SyntheticWorld.uuid("identifier", c.id(), k++), c.id(), form.kind().name(), form.platform(),
					form.value(), c.openedBy(), c.openedAt());
		}
	}

	private static void references(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var r : c.references()) {
			rows.row(SyntheticWorld.uuid("reference", c.id(), r.agency()), c.id(), r.agency(), r.number(), r.key(),
					r.obtainedOn(), r.officer(), r.contactRoute(), c.caseworker(), r.recordedAt());
		}
	}

	private static void tasks(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		int k = 0;
		for (var t : c.tasks()) {
			rows.row(SyntheticWorld.uuid("task", c.id(), k++), c.id(), t.title(), t.dueOn(), c.caseworker(),
					t.createdAt(), t.doneAt() == null ? null : c.caseworker(), t.doneAt());
		}
	}

	private static void escalations(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var m : c.moves()) {
			rows.row(m.id(), c.id(), m.from(), m.to(), "Synthetic: no answer at rung " + m.from() + ", moved up",
					m.movedBy(), m.movedAt());
		}
	}

	private static void reassignments(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var r : c.reassignments()) {
			rows.row(r.id(), c.id(), r.from(), r.to(), r.team(), r.team(), Supervision.REASSIGNMENT_REASON, r.by(),
					r.at());
		}
	}

	private static void closureRequests(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var r : c.closureRequests()) {
			rows.row(r.id(), c.id(), r.outcome(), r.reason(), r.requestedBy(), r.requestedAt(), r.state(),
					r.decidedBy(), r.decidedAt(), r.comment());
		}
	}

	private static void reopenings(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var r : c.reopenings()) {
			rows.row(r.id(), c.id(), Supervision.REOPENING_REASON, r.by(), r.at());
		}
	}

	private static void notes(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		for (var n : c.notes()) {
			rows.row(n.id(), c.id(), n.note(), n.reviewBy(), n.writtenBy(), n.writtenAt());
		}
	}

	private static void consents(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		rows.row(SyntheticWorld.uuid("consent", c.id(), "DATA"), c.client().id(), c.id(), "DATA", true,
				c.openedBy(), c.openedAt());
		// Most clients agree to be considered for linking; some do not, and linking must respect that.
		rows.row(SyntheticWorld.uuid("consent", c.id(), "LINKING"), c.client().id(), c.id(), "LINKING",
				c.id().getLeastSignificantBits() % 5 != 0, c.openedBy(), c.openedAt());
	}

	private static void audit(CopyRows rows, CaseSketch c, Instant now) throws SQLException {
		rows.row(c.id(), c.client().id(), c.openedBy(), "OPENED", c.openedAt());
	}
}
