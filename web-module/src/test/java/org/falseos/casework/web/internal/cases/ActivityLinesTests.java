package org.falseos.casework.web.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseFile;
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

		var lines = ActivityLines.of(emptyCase(), audit, Map.of(EVIDENCE, "threat.png"),
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
				Map.of(), username -> username, NEW_YORK);

		assertThat(lines.getFirst().what()).isEqualTo("added an evidence file no longer listed")
			.doesNotContain(EVIDENCE);
	}

	private static CaseFile emptyCase() {
		var client = new CaseFile.Client(new ClientId(UUID.randomUUID()), "NC-1", null, null, null, "scotland", false,
				false, List.of());
		return new CaseFile(new CaseId(UUID.randomUUID()), client, "North", "casey", "OPEN", "Threats", Set.of(), null,
				"scotland", 0, Instant.parse("2026-12-01T09:00:00Z"), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), new CourseOfConduct(0, 0, null, null));
	}
}
