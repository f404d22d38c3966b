package org.falseos.casework.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.Actors.NORTH_CASEWORKER;
import static org.falseos.casework.cases.Actors.SOUTH_CASEWORKER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseCorrectionsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseCorrections corrections;

	@Autowired
	CaseLinkingData linking;

	@Autowired
	CaseBundles bundles;

	@Autowired
	DataProtection protection;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aCorrectedReferenceNumberReplacesTheOldOneWhichStaysInTheHistoryAndBothAreAnnounced(
			AssertablePublishedEvents events) {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("CR-1001", "scotland", "Threats by DM"));
		UUID mistyped = cases.recordReferenceNumber(NORTH_CASEWORKER, id,
				NewReferenceNumber.of("Police ScotlandNCSC", "PS-20261120-0042"));

		var corrected = corrections.correctReferenceNumber(NORTH_CASEWORKER, id, mistyped,
				new NewReferenceNumber(" police  scotland ", "PS-20261120-0042", LocalDate.parse("2026-11-20"),
						"PC 4471", "101", null),
				"Agency mistyped at intake");

		assertThat(corrected.agency()).isEqualTo("Police Scotland");
		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.referenceNumbers()).extracting(CaseFile.ReferenceNumber::id).containsExactly(corrected.id());
		assertThat(file.history().referenceNumbers()).singleElement().satisfies(retired -> {
			assertThat(retired.entry().agency()).isEqualTo("Police ScotlandNCSC");
			assertThat(retired.retraction().reason()).isEqualTo("Agency mistyped at intake");
			assertThat(retired.retraction().retractedBy()).isEqualTo("caseworker");
			assertThat(retired.retraction().retractedAt()).isNotNull();
			assertThat(retired.retraction().replacedBy()).isEqualTo(corrected.id());
		});
		assertThat(linking.referenceNumber(mistyped)).isEmpty();
		assertThat(linking.referenceNumbers(id)).extracting(CaseLinkingData.ReferenceNumber::agency)
			.containsExactly("Police Scotland");
		assertThat(events.ofType(ReferenceNumberWithdrawn.class)
			.matching(e -> e.referenceNumberId().equals(mistyped) && corrected.id().equals(e.replacedBy())
					&& e.reason().equals("Agency mistyped at intake")))
			.hasSize(1);
		assertThat(events.ofType(ReferenceNumberRecorded.class)
			.matching(e -> e.referenceNumberId().equals(corrected.id()) && e.agency().equals("Police Scotland")))
			.hasSize(1);

		assertThatThrownBy(() -> corrections.withdrawReferenceNumber(NORTH_CASEWORKER, id, mistyped, "Again"))
			.isInstanceOf(CaseConflict.class);
		assertThatThrownBy(() -> corrections.withdrawReferenceNumber(NORTH_CASEWORKER, id, UUID.randomUUID(), "No"))
			.isInstanceOf(UnknownCase.class);
		assertThatThrownBy(() -> corrections.withdrawReferenceNumber(SOUTH_CASEWORKER, id, corrected.id(), "Not mine"))
			.isInstanceOf(UnknownCase.class);
	}

	@Test
	void aWithdrawnIdentifierLeavesLinkingAndTheCaseAndIsAnnouncedWithoutAReplacement(
			AssertablePublishedEvents events) {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("CR-1002", "scotland", "Impersonation"));
		UUID identifier = cases.recordIdentifier(NORTH_CASEWORKER, id,
				new NewIdentifier(IdentifierKind.HANDLE, "X", "@not_the_troll"));
		UUID kept = cases.recordIdentifier(NORTH_CASEWORKER, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@troll"));

		corrections.withdrawIdentifier(NORTH_CASEWORKER, id, identifier, "Belongs to the client's friend");

		assertThat(linking.identifier(identifier)).isEmpty();
		assertThat(linking.identifier(kept)).isPresent();
		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.identifiers()).extracting(CaseFile.Identifier::id).containsExactly(kept);
		assertThat(file.history().identifiers()).singleElement().satisfies(retired -> {
			assertThat(retired.entry().value()).isEqualTo("@not_the_troll");
			assertThat(retired.retraction().isCorrection()).isFalse();
		});
		assertThat(events.ofType(PerpetratorIdentifierWithdrawn.class)
			.matching(e -> e.identifierId().equals(identifier) && e.replacedBy() == null)).hasSize(1);
		assertThatThrownBy(() -> corrections.withdrawIdentifier(NORTH_CASEWORKER, id, identifier, "Again"))
			.isInstanceOf(CaseConflict.class);

		var corrected = corrections.correctIdentifier(NORTH_CASEWORKER, id, kept,
				new NewIdentifier(IdentifierKind.HANDLE, "X", "@troll_99"), "Missed the digits");
		assertThat(linking.identifier(kept)).isEmpty();
		assertThat(linking.identifier(corrected.id())).hasValueSatisfying(i -> assertThat(i.value()).isEqualTo("@troll_99"));
		assertThat(events.ofType(PerpetratorIdentifierWithdrawn.class)
			.matching(e -> e.identifierId().equals(kept) && corrected.id().equals(e.replacedBy()))).hasSize(1);
		assertThat(events.ofType(PerpetratorIdentifierRecorded.class)
			.matching(e -> e.identifierId().equals(corrected.id()))).hasSize(1);
	}

	@Test
	void aCorrectionWithoutAReasonIsRefusedNamingTheReasonAndChangesNothing() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("CR-1003", "scotland", "Threats"));
		UUID reference = cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-1"));
		UUID task = cases.addTask(NORTH_CASEWORKER, id, "Call the officer", LocalDate.now().plusDays(2));

		assertThatThrownBy(() -> corrections.correctReferenceNumber(NORTH_CASEWORKER, id, reference,
				NewReferenceNumber.of("Police Scotland", " "), "  "))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsKeys("reason", "number"));
		assertThatThrownBy(() -> corrections.withdrawReferenceNumber(NORTH_CASEWORKER, id, reference, null))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("reason"));
		assertThatThrownBy(() -> corrections.withdrawTask(NORTH_CASEWORKER, id, task, ""))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("reason"));
		assertThatThrownBy(() -> corrections.correctClientDetails(NORTH_CASEWORKER, id,
				new ClientDetails("Jo", null, null, false, false), null))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("reason"));
		assertThatThrownBy(() -> corrections.changeOffences(NORTH_CASEWORKER, id, List.of(), " "))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("reason"));

		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.referenceNumbers()).extracting(CaseFile.ReferenceNumber::id).containsExactly(reference);
		assertThat(file.tasks()).extracting(CaseFile.Task::id).containsExactly(task);
		assertThat(file.history()).isEqualTo(CaseHistory.NONE);
	}

	@Test
	void withdrawnAndCorrectedReferenceNumbersLeaveThePoliceBundle() throws IOException {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("CR-1004", "scotland", "Threats"));
		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.POLICE, true);
		UUID wrongCase = cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-OTHER-CLIENT"));
		UUID mistyped = cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police ScotlandNCSC", "PS-77"));
		corrections.withdrawReferenceNumber(NORTH_CASEWORKER, id, wrongCase, "Another client's number");
		corrections.correctReferenceNumber(NORTH_CASEWORKER, id, mistyped, NewReferenceNumber.of("Police Scotland", "PS-77"),
				"Agency mistyped");

		var out = new ByteArrayOutputStream();
		bundles.write(NORTH_CASEWORKER, id, out);
		var zip = Zips.entries(out.toByteArray());
		JsonNode manifest = JsonMapper.builder().build().readTree(zip.get("manifest.json"));
		List<String> listed = new ArrayList<>();
		manifest.get("referenceNumbers").forEach(r -> listed.add(r.get("agency").asString() + " " + r.get("number").asString()));

		assertThat(listed).containsExactly("Police Scotland PS-77");
		assertThat(new String(zip.get("manifest.html"), java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("PS-OTHER-CLIENT", "Police ScotlandNCSC");
	}

	@Test
	void clientDetailsTasksAndOffencesAreCorrectedWithTheEarlierValuesKept() {
		var id = cases.open(NORTH_CASEWORKER, new NewCase("CR-1005", "scotland", "Stalking", null, "Jane Doe",
				"07700 900123", "Do not phone after 6pm", Set.of("stalking"), null, false, false));
		UUID task = cases.addTask(NORTH_CASEWORKER, id, "Cal the officer", LocalDate.now().plusDays(2));
		UUID done = cases.addTask(NORTH_CASEWORKER, id, "Send the log", null);
		cases.completeTask(NORTH_CASEWORKER, id, done);

		var client = corrections.correctClientDetails(NORTH_CASEWORKER, id,
				new ClientDetails("Jane Doe", "07700 900456", "Do not phone after 6pm; partner reads post", true, false),
				"New phone number");
		var fixed = corrections.correctTask(NORTH_CASEWORKER, id, task, "Call the officer", LocalDate.now().plusDays(3),
				"Typo");
		var offences = corrections.changeOffences(NORTH_CASEWORKER, id,
				List.of(new OffenceChoice("scotland.offence-threatening-abusive-behaviour", "He threatened her")),
				"Stalking not yet evidenced");

		assertThat(client.contact()).isEqualTo("07700 900456");
		assertThat(client.doxxedAddress()).isTrue();
		assertThat(offences).singleElement().satisfies(offence -> {
			assertThat(offence.offenceId()).isEqualTo("scotland.offence-threatening-abusive-behaviour");
			assertThat(offence.reason()).isEqualTo("He threatened her");
		});
		var file = cases.read(NORTH_CASEWORKER, id);
		assertThat(file.tasks()).extracting(CaseFile.Task::title).containsExactlyInAnyOrder("Call the officer", "Send the log");
		assertThat(file.history().tasks()).singleElement()
			.satisfies(retired -> assertThat(retired.retraction().replacedBy()).isEqualTo(fixed.id()));
		assertThat(file.history().clientDetails()).singleElement().satisfies(change -> {
			assertThat(change.contact()).isEqualTo("07700 900123");
			assertThat(change.reason()).isEqualTo("New phone number");
		});
		assertThat(file.history().offences()).singleElement().satisfies(change -> assertThat(change.earlier())
			.extracting(CaseFile.OffenceConsidered::offenceId).contains("scotland.offence-stalking"));
		assertThatThrownBy(() -> corrections.correctTask(NORTH_CASEWORKER, id, done, "Sent", null, "Wording"))
			.isInstanceOf(CaseConflict.class);
		assertThatThrownBy(() -> corrections.changeOffences(NORTH_CASEWORKER, id,
				List.of(new OffenceChoice("scotland.ico", null)), "Wrong"))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					invalid -> assertThat(invalid.errors()).containsOnlyKeys("offences"));

		cases.recordConsent(NORTH_CASEWORKER, id, ConsentKind.DATA, false);
		assertThat(cases.read(NORTH_CASEWORKER, id).history().clientDetails()).singleElement().satisfies(change -> {
			assertThat(change.contact()).isNull();
			assertThat(change.name()).isNull();
		});
		assertThatThrownBy(() -> corrections.correctClientDetails(NORTH_CASEWORKER, id,
				new ClientDetails(null, "07700 900789", null, true, false), "Back in touch"))
			.isInstanceOf(CaseConflict.class);
	}

	@Test
	void anAgencyIsOneAgencyHoweverItIsTyped() {
		var id = cases.open(NORTH_CASEWORKER, NewCase.of("CR-1006", "scotland", "Fraud"));
		assertThat(corrections.agencies("scotland")).contains("Police Scotland", "National Cyber Security Centre",
				"Information Commissioner's Office", "X", "Instagram").doesNotHaveDuplicates();

		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("ncsc", "N-1"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("twitter", "T-1"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland online reporting portal", "P-1"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Acme Housing  Association", "A-1"));
		cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of(" acme housing association", "A-2"));

		assertThat(cases.read(NORTH_CASEWORKER, id).referenceNumbers()).extracting(CaseFile.ReferenceNumber::agency)
			.containsExactlyInAnyOrder("National Cyber Security Centre", "X", "Police Scotland", "Acme Housing Association",
					"Acme Housing Association");
	}

	@Test
	void theHistoryIsAppendOnlyYetErasureClearsWhatItSays() {
		var id = cases.open(NORTH_CASEWORKER, new NewCase("CR-1007", "scotland", "Doxxing", null, "Jane Doe",
				"07700 900123", null, Set.of(), null, false, false));
		UUID reference = cases.recordReferenceNumber(NORTH_CASEWORKER, id, NewReferenceNumber.of("Police Scotland", "PS-9"));
		corrections.withdrawReferenceNumber(NORTH_CASEWORKER, id, reference, "Jane's sister's case number");
		corrections.correctClientDetails(NORTH_CASEWORKER, id, new ClientDetails("Jane Doe", "jane@example.org", null,
				false, false), "Prefers e-mail");

		assertThatThrownBy(() -> jdbc.sql("update cases.retraction set reason = 'rewritten' where entry_id = :id")
			.param("id", reference).update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from cases.client_change where case_id = :id").param("id", id.id())
			.update()).hasMessageContaining("append-only");

		var client = cases.read(NORTH_CASEWORKER, id).client().id();
		var request = protection.requestErasure(NORTH_CASEWORKER, client, "Client asked");
		protection.approveErasure(Actors.NORTH_SUPERVISOR, request);

		assertThat(jdbc.sql("select count(*) from cases.retraction where case_id = :id and reason is null")
			.param("id", id.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cases.client_change where case_id = :id and contact is null and reason is null")
			.param("id", id.id()).query(Integer.class).single()).isEqualTo(1);
	}
}
