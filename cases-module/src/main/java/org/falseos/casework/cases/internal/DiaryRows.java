package org.falseos.casework.cases.internal;

import static org.falseos.casework.cases.internal.CaseRows.date;
import static org.falseos.casework.cases.internal.CaseRows.instant;

import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only records of a case: diary, identifiers and reference numbers (ladder moves: cases.ladder). */
@Repository
class DiaryRows {

	private final JdbcClient jdbc;

	DiaryRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insertIncident(CaseId id, NewIncident incident, String by) {
		UUID incidentId = UUID.randomUUID();
		jdbc.sql("""
				insert into cases.incident (id, case_id, occurred_at, recorded_by, platform, url, perpetrator_identifier,
				                            description, corrects)
				values (:id, :case, :occurred, :by, :platform, :url, :identifier, :description, :corrects)
				""").param("id", incidentId).param("case", id.id())
			.param("occurred", java.sql.Timestamp.from(incident.occurredAt())).param("by", by)
			.param("platform", incident.platform()).param("url", incident.url())
			.param("identifier", incident.perpetratorIdentifier()).param("description", incident.description().strip())
			.param("corrects", incident.corrects()).update();
		return incidentId;
	}

	boolean incidentBelongsTo(CaseId id, UUID incidentId) {
		return jdbc.sql("select count(*) from cases.incident where id = :id and case_id = :case").param("id", incidentId)
			.param("case", id.id()).query(Integer.class).single() == 1;
	}

	List<CaseFile.Incident> incidents(CaseId id) {
		return jdbc.sql("""
				select i.*, (select c.id from cases.incident c where c.corrects = i.id
				             order by c.recorded_at desc limit 1) as corrected_by
				from cases.incident i where i.case_id = :id order by i.occurred_at, i.recorded_at
				""").param("id", id.id())
			.query((rs, row) -> new CaseFile.Incident(rs.getObject("id", UUID.class),
					instant(rs.getTimestamp("occurred_at")), instant(rs.getTimestamp("recorded_at")),
					rs.getString("recorded_by"), rs.getString("platform"), rs.getString("url"),
					rs.getString("perpetrator_identifier"), rs.getString("description"),
					rs.getObject("corrects", UUID.class), rs.getObject("corrected_by", UUID.class)))
			.list();
	}

	UUID insertIdentifier(CaseId id, NewIdentifier identifier, String by) {
		return insertIdentifier(UUID.randomUUID(), id, identifier, by);
	}

	UUID insertIdentifier(UUID identifierId, CaseId id, NewIdentifier identifier, String by) {
		jdbc.sql("""
				insert into cases.identifier (id, case_id, kind, platform, value, recorded_by)
				values (:id, :case, :kind, :platform, :value, :by)
				""").param("id", identifierId).param("case", id.id()).param("kind", identifier.kind().name())
			.param("platform", identifier.platform()).param("value", identifier.value().strip()).param("by", by).update();
		return identifierId;
	}

	List<CaseFile.Identifier> identifiers(CaseId id) {
		return jdbc.sql("select * from cases.identifier where case_id = :id and retracted_at is null order by recorded_at").param("id", id.id())
			.query((rs, row) -> new CaseFile.Identifier(rs.getObject("id", UUID.class),
					IdentifierKind.valueOf(rs.getString("kind")), rs.getString("platform"), rs.getString("value"),
					rs.getString("recorded_by"), instant(rs.getTimestamp("recorded_at"))))
			.list();
	}

	/** Inserts unless the case already holds this agency and number; answers the new id or null. */
	UUID insertReferenceNumber(CaseId id, NewReferenceNumber reference, String numberKey, String by) {
		return insertReferenceNumber(UUID.randomUUID(), id, reference, numberKey, by);
	}

	UUID insertReferenceNumber(UUID referenceId, CaseId id, NewReferenceNumber reference, String numberKey,
			String by) {
		int rows = jdbc.sql("""
				insert into cases.reference_number (id, case_id, agency, number, number_key, obtained_on, officer,
				                                    contact_route, notes, recorded_by)
				values (:id, :case, :agency, :number, :key, :obtained, :officer, :route, :notes, :by)
				on conflict (case_id, agency, number_key) where retracted_at is null do nothing
				""").param("id", referenceId).param("case", id.id()).param("agency", reference.agency().strip())
			.param("number", reference.number().strip()).param("key", numberKey).param("obtained", reference.obtainedOn())
			.param("officer", reference.officer()).param("route", reference.contactRoute())
			.param("notes", reference.notes()).param("by", by).update();
		return rows == 1 ? referenceId : null;
	}

	List<CaseFile.ReferenceNumber> referenceNumbers(CaseId id) {
		return jdbc.sql("select * from cases.reference_number where case_id = :id and retracted_at is null order by obtained_on nulls last, recorded_at")
			.param("id", id.id())
			.query((rs, row) -> new CaseFile.ReferenceNumber(rs.getObject("id", UUID.class), rs.getString("agency"),
					rs.getString("number"), date(rs.getDate("obtained_on")), rs.getString("officer"),
					rs.getString("contact_route"), rs.getString("notes"), rs.getString("recorded_by"),
					instant(rs.getTimestamp("recorded_at"))))
			.list();
	}
}
