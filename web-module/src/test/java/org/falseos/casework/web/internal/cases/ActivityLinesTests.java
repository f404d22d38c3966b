package org.falseos.casework.web.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaptureMetadata;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseHistory;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceRecord;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.CourseOfConduct;
import org.junit.jupiter.api.Test;

class ActivityLinesTests {

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	static final String EVIDENCE = "6a1f1e4e-0000-4000-8000-000000000001";

	@Test
	void aPersonsViewsOfOneLocalDayAreOneLineAndEvidenceIsNamedByItsFile() {
		var audit = List.of(
				new AuditEntry("casey", "VIEWED", null, Instant.parse("2026-12-02T16:00:00Z")),
				new AuditEntry("casey", "EVIDENCE_DOWNLOADED", EVIDENCE, Instant.parse("2026-12-02T15:00:00Z")),
				new AuditEntry("sue", "VIEWED", null, Instant.parse("2026-12-02T14:00:00Z")),
				new AuditEntry("casey", "VIEWED", null, Instant.parse("2026-12-02T10:00:00Z")),
				new AuditEntry("casey", "VIEWED", null, Instant.parse("2026-12-02T09:00:00Z")),
				// 03:00 UTC on 2 December is 22:00 on 1 December in New York: the local day, another line.
				new AuditEntry("casey", "VIEWED", null, Instant.parse("2026-12-02T03:00:00Z")));

		var lines = ActivityLines.of(emptyCase(), audit, Map.of(EVIDENCE, "threat.png"), List.of(),
				username -> username.equals("casey") ? "Casey Worker" : "Sue Pervisor", NEW_YORK);

		assertThat(lines).extracting(line -> line.who() + " " + line.what()).containsExactly(
				"Casey Worker viewed the case 3 times on 2 Dec 2026",
				"Casey Worker downloaded the evidence file threat.png",
				"Sue Pervisor viewed the case once on 2 Dec 2026",
				"Casey Worker viewed the case once on 1 Dec 2026");
		assertThat(lines.getFirst().at()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
	}

	@Test
	void evidenceNoLongerListedIsNotShownByItsId() {
		var lines = ActivityLines.of(emptyCase(),
				List.of(new AuditEntry("casey", "EVIDENCE_ADDED", EVIDENCE, Instant.parse("2026-12-02T15:00:00Z"))),
				Map.of(), List.of(), username -> username, NEW_YORK);

		assertThat(lines.getFirst().what()).isEqualTo("added an evidence file no longer listed")
			.doesNotContain(EVIDENCE);
	}

	@Test
	void correctionsWithdrawalsAndEvidenceAreChangesEveryoneReadsEachOnce() {
		var at = Instant.parse("2026-12-02T12:00:00Z");
		var handle = new CaseFile.Identifier(UUID.randomUUID(), IdentifierKind.HANDLE, "X", "@tr0ll", "casey", at);
		var history = new CaseHistory(
				List.of(new CaseHistory.Retired<>(handle,
						new CaseHistory.Retraction("Typed on the wrong case", "casey", at.plusSeconds(60), null))),
				List.of(), List.of(),
				List.of(new CaseHistory.ClientChange(null, null, null, null, null, "New number", "sue",
						at.plusSeconds(120))),
				List.of());
		var evidenceId = new EvidenceId(UUID.randomUUID());
		var evidence = new EvidenceRecord(evidenceId, null, "threat.png", "image/png", "image/png", true, 12, "ab",
				CaptureMetadata.of(CaptureMethod.SCREENSHOT), "casey", at.plusSeconds(180),
				new EvidenceRecord.Deletion("sue", at.plusSeconds(240), "Uploaded to the wrong case"));
		// The supervisor's audit trail records the same upload: it must not make a second line.
		var audit = List.of(new AuditEntry("casey", "EVIDENCE_ADDED", evidenceId.toString(), at.plusSeconds(180)));

		var lines = ActivityLines.of(withHistory(history), audit, Map.of(evidenceId.toString(), "threat.png"),
				List.of(evidence), username -> username, NEW_YORK);

		assertThat(lines).extracting(line -> line.who() + " " + line.what()).containsExactly(
				"sue deleted the evidence file threat.png: Uploaded to the wrong case",
				"casey added the evidence file threat.png",
				"sue corrected the client's details: New number",
				"casey withdrew the perpetrator identifier @tr0ll: Typed on the wrong case");
	}

	private static CaseFile withHistory(CaseHistory history) {
		var file = emptyCase();
		return new CaseFile(file.id(), file.client(), file.team(), file.assignedTo(), file.status(), file.summary(),
				file.harmTypes(), file.perpetratorCountry(), file.jurisdiction(), file.rung(), file.openedAt(),
				file.offences(), file.tasks(), file.incidents(), file.identifiers(), file.referenceNumbers(),
				file.escalations(), file.courseOfConduct(), history);
	}

	private static CaseFile emptyCase() {
		var client = new CaseFile.Client(new ClientId(UUID.randomUUID()), "NC-1", null, null, null, "scotland", false,
				false, List.of());
		return new CaseFile(new CaseId(UUID.randomUUID()), client, "North", "casey", "OPEN", "Threats", Set.of(), null,
				"scotland", 0, Instant.parse("2026-12-01T09:00:00Z"), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), new CourseOfConduct(0, 0, null, null));
	}
}
