package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.falseos.casework.cases.CaseLinkingData.LinkingConsent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseLinkingDataIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseLinkingData linking;

	@Autowired
	JdbcClient jdbc;

	@Test
	void linkingReadsIdentifiersReferencesAndTheCaseWithoutPrivateDetails() {
		var id = cases.open(NORTH_CASEWORKER, new NewCase("NC-2001", "scotland", "Threats", null, "Jane Doe",
				"jane@example.org", null, Set.of(), "united-states", false, false));
		var identifier = cases.recordIdentifier(NORTH_CASEWORKER, id, new NewIdentifier(IdentifierKind.HANDLE, "X", " @troll_99 "));
		var reference = cases.recordReferenceNumber(NORTH_CASEWORKER, id,
				new NewReferenceNumber("Police Scotland", "PS-2026-1", LocalDate.parse("2026-11-02"), "PC 123", null, null));
		var wrong = cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"He wrote my home address", "X", "https://x.com/troll_99/status/1", "@troll_99", null));
		cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-02T10:00:00Z"),
				"Corrected date", "X", null, "@troll_99", wrong));

		assertThat(linking.identifier(identifier)).hasValueSatisfying(found -> {
			assertThat(found.caseId()).isEqualTo(id);
			assertThat(found.value()).isEqualTo("@troll_99");
			assertThat(found.jurisdiction()).isEqualTo("scotland");
		});
		assertThat(linking.referenceNumber(reference)).hasValueSatisfying(found -> {
			assertThat(found.number()).isEqualTo("PS-2026-1");
			assertThat(found.obtainedOn()).isEqualTo(LocalDate.parse("2026-11-02"));
		});
		assertThat(linking.referenceNumbers(id)).hasSize(1);
		assertThat(linking.timeline(id)).singleElement().satisfies(entry -> {
			assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
			assertThat(entry.toString()).doesNotContain("Corrected date", "https://");
		});
		var linkable = linking.linkableCase(id).orElseThrow();
		assertThat(linkable.clientCode()).isEqualTo("NC-2001");
		assertThat(linkable.perpetratorCountry()).isEqualTo("united-states");
		assertThat(linkable.toString()).doesNotContain("Jane Doe", "jane@example.org");
		cases.logIncident(NORTH_CASEWORKER, id, new NewIncident(Instant.parse("2026-11-05T09:00:00Z"),
				"Again", "X", null, "@troll_99", null));
		assertThat(linking.standing(id)).hasValueSatisfying(standing -> {
			assertThat(standing.rung()).isZero();
			assertThat(standing.incidents()).isEqualTo(2);
			assertThat(standing.firstIncident()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
			assertThat(standing.lastIncident()).isEqualTo(Instant.parse("2026-11-05T09:00:00Z"));
		});
	}

	@Test
	void theLatestLinkingAnswerCounts() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-2002", "scotland", "Impersonation"));
		assertThat(linking.linkableCase(id).orElseThrow().linkingConsent()).isEqualTo(LinkingConsent.NOT_RECORDED);

		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.LINKING, true);
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, false);
		assertThat(linking.linkableCase(id).orElseThrow().linkingConsent()).isEqualTo(LinkingConsent.GIVEN);

		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.LINKING, false);
		assertThat(linking.linkableCase(id).orElseThrow().linkingConsent()).isEqualTo(LinkingConsent.REFUSED);
	}

	@Test
	void anErasedClientsCasesAreHidden() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("NC-2003", "scotland", "Doxxing"));
		var identifier = cases.recordIdentifier(NORTH_CASEWORKER, id, new NewIdentifier(IdentifierKind.EMAIL, null, "a@b.org"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("ICO", "IC-1"));

		jdbc.sql("update cases.client set erased_at = now() where id = (select client_id from cases.case_file where id = :id)")
			.param("id", id.id()).update();

		assertThat(linking.linkableCase(id)).isEmpty();
		assertThat(linking.identifier(identifier)).isEmpty();
		assertThat(linking.referenceNumbers(id)).isEmpty();
		assertThat(linking.timeline(id)).isEmpty();
	}
}
