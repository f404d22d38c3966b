package org.falseos.casework.cases.internal;

import static org.falseos.casework.cases.internal.CaseRows.date;
import static org.falseos.casework.cases.internal.CaseRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.LadderPosition;
import org.falseos.casework.cases.ladder.Ladder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the linked-victims module; every query joins the client so that erased clients stay hidden. */
@Component
@Transactional(readOnly = true)
class LinkableCases implements CaseLinkingData {

	private static final String LIVE_CASE = """
			join cases.case_file c on c.id = x.case_id
			join cases.client cl on cl.id = c.client_id and cl.erased_at is null
			""";

	private final JdbcClient jdbc;

	private final Ladder ladder;

	LinkableCases(JdbcClient jdbc, Ladder ladder) {
		this.jdbc = jdbc;
		this.ladder = ladder;
	}

	@Override
	public Optional<Identifier> identifier(UUID identifierId) {
		return jdbc.sql("select x.*, c.client_id, c.jurisdiction from cases.identifier x " + LIVE_CASE + " where x.id = :id and x.retracted_at is null")
			.param("id", identifierId)
			.query((rs, row) -> new Identifier(identifierId, caseId(rs), clientId(rs),
					IdentifierKind.valueOf(rs.getString("kind")), rs.getString("platform"), rs.getString("value"),
					rs.getString("jurisdiction")))
			.optional();
	}

	@Override
	public Optional<ReferenceNumber> referenceNumber(UUID referenceNumberId) {
		return jdbc.sql("select x.*, c.client_id from cases.reference_number x " + LIVE_CASE + " where x.id = :id and x.retracted_at is null")
			.param("id", referenceNumberId).query(LinkableCases::referenceNumber).optional();
	}

	@Override
	public List<ReferenceNumber> referenceNumbers(CaseId caseId) {
		return jdbc.sql("select x.*, c.client_id from cases.reference_number x " + LIVE_CASE
				+ " where x.case_id = :case and x.retracted_at is null order by x.obtained_on nulls last, x.recorded_at")
			.param("case", caseId.id()).query(LinkableCases::referenceNumber).list();
	}

	@Override
	public boolean hasPoliceConsent(CaseId caseId) {
		return jdbc.sql("""
				select coalesce((select k.given from cases.consent k where k.case_id = c.id and k.kind = 'POLICE'
				                 order by k.recorded_at desc, k.id limit 1), false)
				from cases.case_file c join cases.client cl on cl.id = c.client_id and cl.erased_at is null
				where c.id = :case
				""").param("case", caseId.id()).query(Boolean.class).optional().orElse(false);
	}

	@Override
	public Optional<LinkableCase> linkableCase(CaseId caseId) {
		return jdbc.sql("""
				select c.id as case_id, c.client_id, cl.code, c.team, c.assigned_to, c.jurisdiction, c.perpetrator_country,
				       c.status,
				       (select k.given from cases.consent k where k.case_id = c.id and k.kind = 'LINKING'
				        order by k.recorded_at desc, k.id limit 1) as linking
				from cases.case_file c join cases.client cl on cl.id = c.client_id and cl.erased_at is null
				where c.id = :case
				""").param("case", caseId.id())
			.query((rs, row) -> new LinkableCase(caseId(rs), clientId(rs), rs.getString("code"), rs.getString("team"),
					rs.getString("assigned_to"), rs.getString("jurisdiction"), rs.getString("perpetrator_country"),
					rs.getString("status"), consent((Boolean) rs.getObject("linking"))))
			.optional();
	}

	@Override
	public List<TimelineEntry> timeline(CaseId caseId) {
		// Description and URL stay in the cases module: they are the victim's private account of what happened.
		return jdbc.sql("""
				select x.case_id, x.occurred_at, x.platform, x.perpetrator_identifier from cases.incident x
				""" + LIVE_CASE + """
				where x.case_id = :case and not exists (select 1 from cases.incident n where n.corrects = x.id)
				order by x.occurred_at, x.recorded_at
				""").param("case", caseId.id())
			.query((rs, row) -> new TimelineEntry(caseId(rs), instant(rs.getTimestamp("occurred_at")),
					rs.getString("platform"), rs.getString("perpetrator_identifier")))
			.list();
	}

	@Override
	public Optional<CaseStanding> standing(CaseId caseId) {
		// Counts what the timeline shows: a corrected incident is the one correction, not two incidents.
		return jdbc.sql("""
				select c.id as case_id, c.jurisdiction, c.rung, count(x.id) as incidents,
				       min(x.occurred_at) as first_incident, max(x.occurred_at) as last_incident
				from cases.case_file c join cases.client cl on cl.id = c.client_id and cl.erased_at is null
				left join cases.incident x on x.case_id = c.id
				     and not exists (select 1 from cases.incident n where n.corrects = x.id)
				where c.id = :case
				group by c.id, c.jurisdiction, c.rung
				""").param("case", caseId.id())
			.query((rs, row) -> new CaseStanding(caseId(rs), rs.getInt("rung"),
					rungTitle(rs.getString("jurisdiction"), rs.getInt("rung")), rs.getInt("incidents"),
					instant(rs.getTimestamp("first_incident")), instant(rs.getTimestamp("last_incident"))))
			.optional();
	}

	private String rungTitle(String jurisdiction, int rung) {
		return ladder.position(jurisdiction, rung, null).map(LadderPosition::rungTitle).orElse(null);
	}

	private static ReferenceNumber referenceNumber(ResultSet rs, int row) throws SQLException {
		return new ReferenceNumber(rs.getObject("id", UUID.class), caseId(rs), clientId(rs), rs.getString("agency"),
				rs.getString("number"), date(rs.getDate("obtained_on")));
	}

	private static CaseId caseId(ResultSet rs) throws SQLException {
		return new CaseId(rs.getObject("case_id", UUID.class));
	}

	private static ClientId clientId(ResultSet rs) throws SQLException {
		return new ClientId(rs.getObject("client_id", UUID.class));
	}

	private static LinkingConsent consent(Boolean given) {
		return given == null ? LinkingConsent.NOT_RECORDED : given ? LinkingConsent.GIVEN : LinkingConsent.REFUSED;
	}
}
