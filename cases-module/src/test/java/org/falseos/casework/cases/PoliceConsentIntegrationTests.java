package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER_SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR;
import static org.falseos.casework.cases.Actors.NORTH_SUPERVISOR_2;
import static org.falseos.casework.cases.Actors.SOUTH_SUPERVISOR;
import static org.falseos.casework.cases.Evidence.PNG;
import static org.falseos.casework.cases.Evidence.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** The police bundle needs the client's police consent or one supervisor's override; data consent holds contact details. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PoliceConsentIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	CaseBundles bundles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutPoliceConsentTheBundleIsRefusedBeforeAByteAndNothingIsExported() {
		var id = caseWithEvidence("PC-3001");
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, false);
		var out = new ByteArrayOutputStream();

		assertThatThrownBy(() -> bundles.check(NORTH_CASEWORKER, id)).isInstanceOfSatisfying(ConsentRequired.class,
				refused -> assertThat(refused.kind()).isEqualTo(ConsentKind.POLICE));
		assertThatThrownBy(() -> bundles.write(NORTH_CASEWORKER, id, out)).isInstanceOfSatisfying(ConsentRequired.class,
				refused -> assertThat(refused.kind()).isEqualTo(ConsentKind.POLICE));
		assertThat(out.size()).isZero();
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action).doesNotContain("BUNDLE_EXPORTED");
	}

	@Test
	void aSupervisorsOverrideReleasesExactlyOneBundleAndIsAudited() throws IOException {
		var id = caseWithEvidence("PC-3002");

		cases.overridePoliceConsent(NORTH_SUPERVISOR, id, "  Threat to life: police asked for the evidence tonight ");
		assertThat(cases.policeConsentOverrides(NORTH_CASEWORKER, id)).singleElement().satisfies(o -> {
			assertThat(o.isPending()).isTrue();
			assertThat(o.grantedBy()).isEqualTo("supervisor");
			assertThat(o.reason()).isEqualTo("Threat to life: police asked for the evidence tonight");
		});
		bundles.check(NORTH_CASEWORKER, id);
		bundles.check(NORTH_CASEWORKER, id);
		var out = new ByteArrayOutputStream();
		bundles.write(NORTH_CASEWORKER, id, out);
		assertThat(Zips.entries(out.toByteArray())).containsKey("manifest.json");

		assertThatThrownBy(() -> bundles.write(NORTH_CASEWORKER, id, new ByteArrayOutputStream()))
			.isInstanceOf(ConsentRequired.class);
		assertThatThrownBy(() -> bundles.check(NORTH_CASEWORKER, id)).isInstanceOf(ConsentRequired.class);
		assertThat(cases.policeConsentOverrides(NORTH_CASEWORKER, id)).singleElement().satisfies(o -> {
			assertThat(o.isPending()).isFalse();
			assertThat(o.usedBy()).isEqualTo("caseworker");
		});
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action, AuditEntry::detail)
			.contains(org.assertj.core.groups.Tuple.tuple("POLICE_CONSENT_OVERRIDDEN",
					"Threat to life: police asked for the evidence tonight"),
					org.assertj.core.groups.Tuple.tuple("POLICE_CONSENT_OVERRIDE_USED", "police bundle"),
					org.assertj.core.groups.Tuple.tuple("BUNDLE_EXPORTED", "1 files"));
	}

	@Test
	void onlyASupervisorOfTheTeamOverridesWithAReasonAndOnlyWhenItIsNeeded() {
		var id = caseWithEvidence("PC-3003");

		assertThatThrownBy(() -> cases.overridePoliceConsent(NORTH_CASEWORKER, id, "urgent"))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> cases.overridePoliceConsent(NORTH_CASEWORKER_SOUTH_SUPERVISOR, id, "urgent"))
			.isInstanceOf(NotPermitted.class);
		assertThatThrownBy(() -> cases.overridePoliceConsent(SOUTH_SUPERVISOR, id, "urgent"))
			.isInstanceOf(UnknownCase.class);
		for (String reason : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> cases.overridePoliceConsent(NORTH_SUPERVISOR, id, reason))
				.isInstanceOfSatisfying(InvalidCaseInput.class, e -> assertThat(e.errors()).containsOnlyKeys("reason"));
		}
		assertThat(cases.policeConsentOverrides(NORTH_CASEWORKER, id)).isEmpty();

		cases.overridePoliceConsent(NORTH_SUPERVISOR, id, "urgent");
		assertThatThrownBy(() -> cases.overridePoliceConsent(NORTH_SUPERVISOR_2, id, "urgent too"))
			.isInstanceOf(CaseConflict.class);
		var consented = caseWithEvidence("PC-3004");
		cases.recordConsent(NORTH_CASEWORKER, consented, ConsentKind.POLICE, true);
		assertThatThrownBy(() -> cases.overridePoliceConsent(NORTH_SUPERVISOR, consented, "urgent"))
			.isInstanceOf(CaseConflict.class);
	}

	@Test
	void withdrawingDataConsentErasesTheContactDetailsAndKeepsTheCase() {
		var id = cases.open(NORTH_CASEWORKER, new NewCase("PC-3005", "scotland", "Threats on X", null, "Alex Client",
				"alex@example.org", "Do not phone after 6pm; partner reads post", Set.of(), null, false, false));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.DATA, true);
		assertThat(contactDetails(id)).containsValue("Alex Client");

		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.DATA, false);

		assertThat(contactDetails(id)).containsEntry("name", "").containsEntry("contact", "")
			.containsEntry("safe_contact_notes", "");
		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.summary()).isEqualTo("Threats on X");
		assertThat(file.client().code()).isEqualTo("PC-3005");
		assertThat(file.client().name()).isNull();
		assertThat(file.client().contact()).isNull();
		assertThat(file.client().safeContactNotes()).isNull();
		assertThat(cases.auditTrail(NORTH_SUPERVISOR, id)).extracting(AuditEntry::action)
			.contains("CONTACT_DETAILS_ERASED");
	}

	private Map<String, Object> contactDetails(CaseId id) {
		return jdbc.sql("""
				select coalesce(cl.name, '') as name, coalesce(cl.contact, '') as contact,
				       coalesce(cl.safe_contact_notes, '') as safe_contact_notes
				from cases.client cl join cases.case_file c on c.client_id = cl.id where c.id = :id
				""").param("id", id.id()).query().singleRow();
	}

	private CaseId caseWithEvidence(String code) {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of(code, "scotland", "Police consent"));
		locker.add(NORTH_CASEWORKER, id, "dm.png", CaptureMetadata.of(CaptureMethod.SCREENSHOT), stream(PNG));
		return id;
	}
}
