package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.COORDINATOR;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR_2;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Evidence.PDF;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.png;
import static org.falseos.casework.cases.Evidence.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class DataProtectionIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	DataProtection protection;

	@Autowired
	JdbcClient jdbc;

	@Value("${falseos.data-dir}")
	Path dataDir;

	@Test
	void aSubjectAccessExportHoldsEverythingAboutTheClientAndTheirFiles() throws IOException {
		var first = cases.open(NORTH_CASEWORKER, new NewCase("DP-3001", "scotland", "Threats on X", null, "Alex Example",
				"07700 900123", "Text only after 6pm", Set.of("threats"), null, true, false));
		var second = cases.open(NORTH_CASEWORKER, NewCase.of("DP-3001", "scotland", "Impersonation on Instagram"));
		var client = cases.read(NORTH_CASEWORKER, first).client().id();
		cases.recordConsent(NORTH_CASEWORKER, first, ConsentKind.POLICE, true);
		cases.recordConsent(NORTH_CASEWORKER, first, ConsentKind.POLICE, false);
		cases.logIncident(NORTH_CASEWORKER, second, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"Fake profile using my photos", "Instagram", null, "@not_alex", null));
		var png = locker.add(NORTH_CASEWORKER, first, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		var pdf = locker.add(NORTH_CASEWORKER, second, "report.pdf", CaptureMetadata.of(CaptureMethod.FILE), stream(PDF));
		var unrelated = cases.open(NORTH_CASEWORKER, NewCase.of("DP-3002", "scotland", "Someone else entirely"));

		var out = new ByteArrayOutputStream();
		protection.exportSubjectAccess(NORTH_SUPERVISOR, client, out);
		Map<String, byte[]> zip = Zips.entries(out.toByteArray());
		JsonNode sar = JsonMapper.builder().build().readTree(zip.get("subject-access.json"));

		assertThat(sar.get("client").get("name").asString()).isEqualTo("Alex Example");
		assertThat(sar.get("client").get("safe_contact_notes").asString()).isEqualTo("Text only after 6pm");
		assertThat(sar.get("consents")).hasSize(2);
		assertThat(sar.get("cases")).hasSize(2);
		assertThat(sar.get("cases").get(0).get("caseFile").get("id").asString()).isEqualTo(first.toString());
		assertThat(Instant.parse(sar.get("cases").get(0).get("caseFile").get("openedAt").asString())).isNotNull();
		assertThat(Instant.parse(sar.get("client").get("created_at").asString())).isNotNull();
		assertThat(sar.get("cases").get(1).get("caseFile").get("incidents").get(0).get("description").asString())
			.isEqualTo("Fake profile using my photos");
		assertThat(sar.toString()).doesNotContain(unrelated.toString(), "Someone else entirely");
		assertThat(zip.get("evidence/" + first + "/001-dm.png")).isEqualTo(PNG);
		assertThat(zip.get("evidence/" + second + "/001-report.pdf")).isEqualTo(PDF);
		assertThat(sar.get("cases").get(0).get("evidence").get(0).get("path").asString())
			.isEqualTo("evidence/" + first + "/001-dm.png");
		assertThat(locker.custody(NORTH_CASEWORKER, first, png.id())).last()
			.satisfies(entry -> assertThat(entry.detail()).startsWith("subject access export as evidence/"));
		assertThat(locker.custody(NORTH_CASEWORKER, second, pdf.id())).extracting(CustodyEntry::action)
			.containsExactly(CustodyAction.UPLOADED, CustodyAction.EXPORTED);
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, first)).extracting(AuditEntry::action)
			.contains("SUBJECT_ACCESS_EXPORTED");
	}

	@Test
	void onlyTheClientsTeamCanExportOrAskToEraseTheirData() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("DP-3003", "scotland", "Private"));
		var client = cases.read(NORTH_CASEWORKER, id).client().id();

		for (Actor outsider : new Actor[] { SOUTH_CASEWORKER, SOUTH_SUPERVISOR, COORDINATOR }) {
			var out = new ByteArrayOutputStream();
			assertThatThrownBy(() -> protection.exportSubjectAccess(outsider, client, out)).isInstanceOf(UnknownCase.class);
			assertThat(out.size()).isZero();
			assertThatThrownBy(() -> protection.requestErasure(outsider, client, "asked")).isInstanceOf(UnknownCase.class);
		}
	}

	@Test
	void erasureTakesASecondPersonsApprovalThenDestroysTheFilesAndClearsTheCase(Scenario scenario) {
		var id = cases.open(NORTH_CASEWORKER, new NewCase("DP-3004", "scotland", "Doxxed by an ex", null, "Sam Example",
				"sam@example.org", null, Set.of("doxxing"), null, true, false));
		var client = cases.read(NORTH_CASEWORKER, id).client().id();
		var first = cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"Home address posted", "X", null, "@ex", null));
		cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T11:00:00Z"),
				"Correction: posted twice", "X", null, "@ex", first));
		cases.recordIdentifier(NORTH_CASEWORKER, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@ex"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-1"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.DATA, true);
		var png = locker.add(NORTH_CASEWORKER, id, "address-post.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				stream(PNG));
		var deleted = locker.add(NORTH_CASEWORKER, id, "sam-mistake.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT),
				stream(png(1)));
		locker.delete(NORTH_SUPERVISOR, id, deleted.id(), "Duplicate of Sam's screenshot");
		Path file = dataDir.resolve("evidence").resolve(png.id().toString());

		var request = protection.requestErasure(NORTH_SUPERVISOR, client, "Client asked by phone on 20 Nov");
		assertThatThrownBy(() -> protection.requestErasure(NORTH_CASEWORKER, client, "again"))
			.isInstanceOf(CaseConflict.class);
		assertThatThrownBy(() -> protection.approveErasure(NORTH_SUPERVISOR, request))
			.isInstanceOf(NotPermitted.class).hasMessageContaining("another supervisor");
		assertThatThrownBy(() -> protection.approveErasure(NORTH_CASEWORKER, request)).isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> protection.approveErasure(SOUTH_SUPERVISOR, request)).isInstanceOf(UnknownCase.class);
		assertThat(file).exists();
		assertThat(protection.pendingErasures(NORTH_SUPERVISOR_2)).extracting(ErasureRequest::id).contains(request);

		scenario.stimulate(() -> protection.approveErasure(NORTH_SUPERVISOR_2, request))
			.andWaitForEventOfType(ClientErased.class)
			.matching(event -> event.clientId().equals(client))
			.toArriveAndVerify(event -> assertThat(event.caseIds()).containsExactly(id));

		assertThat(file).doesNotExist();
		assertThatThrownBy(() -> cases.read(NORTH_CASEWORKER, id)).isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> locker.open(NORTH_SUPERVISOR, id, png.id())).isInstanceOf(UnknownCase.class);
		assertThat(protection.pendingErasures(NORTH_SUPERVISOR_2)).extracting(ErasureRequest::id).doesNotContain(request);
		assertThat(jdbc.sql("select concat_ws('|', name, contact, safe_contact_notes, doxxed_address::text) from cases.client where id = :id")
			.param("id", client.id()).query(String.class).single()).isEqualTo("false");
		assertThat(jdbc.sql("select summary from cases.case_file where id = :id and erased_at is not null")
			.param("id", id.id()).query(String.class).single()).isEmpty();
		for (String table : List.of("incident", "identifier", "reference_number", "offence_considered", "escalation")) {
			assertThat(count("select count(*) from cases." + table + " where case_id = :id", id)).as(table).isZero();
		}
		assertThat(count("select count(*) from cases.evidence where case_id = :id and erased_at is not null"
				+ " and file_name is null and deletion_reason is null and sha256 is not null", id)).isEqualTo(2);
		assertThat(jdbc.sql("select string_agg(coalesce(detail, '-'), ',' order by id) from cases.custody where case_id = :id and evidence_id = :evidence")
			.param("id", id.id()).param("evidence", deleted.id().id()).query(String.class).single())
			.as("the deletion reason named the client").isEqualTo("-,-,client erased");
		assertThat(jdbc.sql("select action from cases.audit where case_id = :id").param("id", id.id())
			.query(String.class).list()).contains("OPENED", "ERASURE_REQUESTED", "CLIENT_ERASED");
		assertThatThrownBy(() -> protection.approveErasure(NORTH_SUPERVISOR_2, request)).isInstanceOf(CaseConflict.class);
	}

	@Test
	void aDeclinedErasureLeavesTheClientAsTheyWere() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("DP-3005", "scotland", "Keep"));
		var client = cases.read(NORTH_CASEWORKER, id).client().id();
		var png = locker.add(NORTH_CASEWORKER, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		var request = protection.requestErasure(NORTH_CASEWORKER, client, "Asked by e-mail");

		protection.declineErasure(NORTH_SUPERVISOR, request, "The client withdrew the request");

		assertThat(cases.read(NORTH_CASEWORKER, id).summary()).isEqualTo("Keep");
		assertThat(dataDir.resolve("evidence").resolve(png.id().toString())).exists();
		assertThatThrownBy(() -> protection.approveErasure(NORTH_SUPERVISOR_2, request))
			.isInstanceOf(CaseConflict.class).hasMessageContaining("declined");
		assertThat(protection.requestErasure(NORTH_CASEWORKER, client, "Asked again")).isNotEqualTo(request);
		assertThatThrownBy(() -> protection.requestErasure(NORTH_CASEWORKER, client, " "))
			.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsKey("reason"));
	}

	private int count(String sql, CaseId id) {
		return jdbc.sql(sql).param("id", id.id()).query(Integer.class).single();
	}
}
