package org.falseos.casework.cases.synthetic;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a synthetic world straight into the cases schema with COPY, one table per pass, in one transaction: all
 * of it or none. It bypasses the facade on purpose (no events, no per-row checks) because it exists to make
 * 100,000 cases in seconds; what it writes still satisfies every constraint of the schema.
 */
final class SyntheticData {

	private final DataSource dataSource;

	SyntheticData(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Rows written per table. */
	Map<String, Long> generate(int cases, long seed) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var world = new SyntheticWorld(cases, seed,
					count(connection, "select count(*) from cases.client where code like 'SYN-%'"),
					count(connection, "select count(*) from cases.case_file c join cases.client cl on cl.id = c.client_id where cl.code like 'SYN-%'"),
					Instant.now().truncatedTo(ChronoUnit.SECONDS));
			var copies = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, Long> written = new LinkedHashMap<>();
			written.put("client", clients(copies, world));
			written.put("case_file", pass(copies, world, "cases.case_file (id, client_id, team, assigned_to, status, summary, harm_types, perpetrator_country, jurisdiction, rung, opened_by, opened_at, closed_at)",
					(rows, c) -> rows.row(c.id(), c.client().id(), c.client().team(), c.caseworker(), c.open() ? "OPEN" : "CLOSED",
							c.summary(), c.harms(), c.country(), "scotland", c.rung(), c.caseworker(), c.openedAt(), c.closedAt())));
			written.put("incident", pass(copies, world, "cases.incident (id, case_id, occurred_at, recorded_at, recorded_by, platform, url, perpetrator_identifier, description, corrects)",
					(rows, c) -> {
						for (var i : c.incidents()) {
							rows.row(i.id(), c.id(), i.occurredAt(), i.recordedAt(), c.caseworker(), i.platform(), i.url(),
									i.identifier(), i.description(), i.corrects());
						}
					}));
			written.put("identifier", pass(copies, world, "cases.identifier (id, case_id, kind, platform, value, recorded_by, recorded_at)",
					(rows, c) -> {
						int k = 0;
						for (var form : c.identifiers()) {
							rows.row(SyntheticWorld.uuid("identifier", c.id(), k++), c.id(), form.kind().name(), form.platform(),
									form.value(), c.caseworker(), c.openedAt());
						}
					}));
			written.put("reference_number", pass(copies, world, "cases.reference_number (id, case_id, agency, number, number_key, obtained_on, officer, contact_route, recorded_by, recorded_at)",
					(rows, c) -> {
						for (var r : c.references()) {
							rows.row(SyntheticWorld.uuid("reference", c.id(), r.agency()), c.id(), r.agency(), r.number(), r.key(),
									r.obtainedOn(), r.officer(), r.contactRoute(), c.caseworker(), c.openedAt());
						}
					}));
			written.put("task", pass(copies, world, "cases.task (id, case_id, title, due_on, created_by, created_at)",
					(rows, c) -> {
						int k = 0;
						for (var t : c.tasks()) {
							rows.row(SyntheticWorld.uuid("task", c.id(), k++), c.id(), t.title(), t.dueOn(), c.caseworker(), c.openedAt());
						}
					}));
			written.put("escalation", pass(copies, world, "cases.escalation (id, case_id, from_rung, to_rung, note, moved_by, moved_at)",
					(rows, c) -> {
						for (int rung = 1; rung <= c.rung(); rung++) {
							rows.row(SyntheticWorld.uuid("escalation", c.id(), rung), c.id(), rung - 1, rung,
									"Synthetic: no answer at rung " + (rung - 1) + " after a week", c.caseworker(),
									SyntheticWorld.min(world.now(), c.openedAt().plus(Duration.ofDays(7L * rung))));
						}
					}));
			written.put("consent", pass(copies, world, "cases.consent (id, client_id, case_id, kind, given, recorded_by, recorded_at)",
					(rows, c) -> {
						rows.row(SyntheticWorld.uuid("consent", c.id(), "DATA"), c.client().id(), c.id(), "DATA", true, c.caseworker(), c.openedAt());
						rows.row(SyntheticWorld.uuid("consent", c.id(), "LINKING"), c.client().id(), c.id(), "LINKING",
								c.id().getLeastSignificantBits() % 5 != 0, c.caseworker(), c.openedAt());
					}));
			written.put("audit", pass(copies, world, "cases.audit (case_id, client_id, actor, action, at)",
					(rows, c) -> rows.row(c.id(), c.client().id(), c.caseworker(), "OPENED", c.openedAt())));
			connection.commit();
			analyse(connection, written.keySet());
			return written;
		}
	}

	private interface CaseRows {

		void write(CopyRows rows, SyntheticWorld.CaseSketch sketch) throws SQLException;
	}

	private static long pass(CopyManager copies, SyntheticWorld world, String table, CaseRows rows) throws SQLException {
		try (var copy = new CopyRows(copies, table)) {
			for (int i = 0; i < world.cases(); i++) {
				rows.write(copy, world.caseNumber(i));
			}
			return copy.rows();
		}
	}

	private static long clients(CopyManager copies, SyntheticWorld world) throws SQLException {
		try (var copy = new CopyRows(copies, "cases.client (id, team, code, name, contact, safe_contact_notes, jurisdiction, doxxed_address, swatting_risk, created_by, created_at)")) {
			for (int j = 0; j < world.clients(); j++) {
				var c = world.client(j);
				copy.row(c.id(), c.team(), c.code(), c.name(), c.contact(), c.notes(), "scotland", c.doxxed(), c.swatting(),
						SyntheticWorld.caseworker(c.team(), 0), c.createdAt());
			}
			return copy.rows();
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	// Fresh statistics, so that the first benchmark after a bulk load is not planned on an empty table's numbers.
	private static void analyse(Connection connection, Collection<String> tables) throws SQLException {
		connection.setAutoCommit(true);
		try (var statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("analyze cases." + table);
			}
		}
	}
}
