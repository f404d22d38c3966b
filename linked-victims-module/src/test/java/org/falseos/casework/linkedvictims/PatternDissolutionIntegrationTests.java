package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.falseos.casework.cases.IdentifierKind.EMAIL;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.cases.IdentifierKind.PHONE;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.EAST;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.SOUTH;

import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.PerpetratorIdentifierWithdrawn;
import org.falseos.casework.cases.ReferenceNumberWithdrawn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** A pattern left with one case is dissolved; an identifier withdrawn from a case takes what rested on it along. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(LinkingEvents.class)
class PatternDissolutionIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	CaseLinkingData caseData;

	@Autowired
	LinkingEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPatternLeftWithOneCaseIsDissolvedAndItsExportsEnd() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.consent(NORTH, north, true);
		given.consent(SOUTH, south, true);
		given.policeConsent(NORTH, north, true);
		given.identifier(NORTH, north, HANDLE, "X", "@dissolving_troll");
		given.identifier(SOUTH, south, HANDLE, "x", "dissolving_troll");
		var pattern = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
		assertThat(linking.export(NORTH, pattern, ExportFormat.CSV).content()).isNotEmpty();

		given.consent(SOUTH, south, false);

		var dissolved = await().atMost(Fixtures.PATIENCE).until(() -> events.of(PatternDissolved.class).stream()
			.filter(e -> e.patternId().equals(pattern)).findFirst(), java.util.Optional::isPresent).orElseThrow();
		assertThat(dissolved.lastMembers()).containsExactlyInAnyOrder(north, south);
		assertThat(members(pattern)).isZero();
		assertThat(linking.patterns(COORDINATOR)).extracting(PatternOverview::id).doesNotContain(pattern);
		assertThat(linking.dissolvedPatterns(SOUTH)).extracting(PatternDissolution::id).contains(pattern);
		assertThat(linking.dissolvedPatterns(EAST)).extracting(PatternDissolution::id).doesNotContain(pattern);
		assertThatThrownBy(() -> linking.pattern(NORTH, pattern)).isInstanceOfSatisfying(DissolvedPattern.class, e -> {
			assertThat(e.reason()).contains("consent to linking withdrawn");
			assertThat(e.dissolvedAt()).isNotNull();
			assertThat(e.getMessage()).contains(pattern.reference(), "dissolved", "no longer available");
		});
		for (var format : ExportFormat.values()) {
			assertThatThrownBy(() -> linking.export(COORDINATOR, pattern, format)).isInstanceOf(DissolvedPattern.class);
		}
		// Saying that it was dissolved is saying that it existed: not to a team that never had a case in it.
		assertThatThrownBy(() -> linking.pattern(EAST, pattern)).isInstanceOf(UnknownPattern.class);
	}

	@Test
	void aWithdrawnIdentifierWithdrawsTheSuggestionThatRestedOnItWithTheReason(Scenario scenario) {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "TikTok", "@mistyped.handle");
		given.identifier(SOUTH, south, HANDLE, "tiktok", "mistyped.handle");
		var suggestion = given.awaitSuggestion(north, south);
		UUID identifier = cases.read(NORTH, north).identifiers().getFirst().id();

		scenario.publish(withdrawal(NORTH, north, identifier, "Mistyped: the client's screenshot shows another handle"))
			.andWaitForStateChange(() -> given.suggestionFor(north, south).orElseThrow(),
					s -> s.state() == SuggestionState.WITHDRAWN)
			.andVerify(withdrawn -> {
				assertThat(withdrawn.withdrawnReason()).isEqualTo("Withdrawn: the shared identifier was withdrawn from case "
						+ cases.read(NORTH, north).client().code()
						+ ": Mistyped: the client's screenshot shows another handle");
				assertThat(withdrawn.shared()).singleElement().extracting(SharedIdentifier::masked).isEqualTo("@mi•••le");
				assertThat(withdrawn.cases()).filteredOn(c -> c.caseId().equals(north))
					.singleElement().extracting(Suggestion.SuggestedCase::shares).asList().containsExactly("withdrawn");
				assertThat(count("select count(*) from linkedvictims.fingerprint where source_id = ?", identifier)).isZero();
			});
		assertThat(linking.suggestions(COORDINATOR, false)).extracting(Suggestion::id).doesNotContain(suggestion.id());
		assertThatThrownBy(() -> linking.accept(COORDINATOR, suggestion.id())).isInstanceOf(LinkingConflict.class)
			.hasMessageContaining("Nothing is left to decide");
	}

	@Test
	void aSuggestionThatStillSharesSomethingElseStaysOpen(Scenario scenario) {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "X", "@two.things");
		given.identifier(SOUTH, south, HANDLE, "X", "two.things");
		given.reference(NORTH, north, "Police Scotland", "PS-2026-TWO");
		given.reference(SOUTH, south, "Police Scotland", "PS-2026-TWO");
		await().atMost(Fixtures.PATIENCE).until(() -> given.suggestionFor(north, south), s -> s.isPresent()
				&& s.get().shared().size() == 2);
		var file = cases.read(NORTH, north);
		UUID reference = file.referenceNumbers().getFirst().id();

		scenario.publish(new ReferenceNumberWithdrawn(north, clientOf(north), reference, "Belongs to another case", null))
			.andWaitForStateChange(() -> given.suggestionFor(north, south).orElseThrow().shared().size(), size -> size == 1)
			.andVerify(size -> {
				var suggestion = given.suggestionFor(north, south).orElseThrow();
				assertThat(suggestion.state()).isEqualTo(SuggestionState.OPEN);
				assertThat(suggestion.kind()).isEqualTo("handle");
				assertThat(suggestion.withdrawnReason()).isNull();
			});
	}

	@Test
	void aLinkThatRestedOnlyOnAWithdrawnIdentifierGoesAndThePatternDissolvesWhenOneCaseIsLeft(Scenario scenario) {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		var east = given.open(EAST, null);
		for (var each : new Object[][] { { NORTH, north }, { SOUTH, south }, { EAST, east } }) {
			given.consent((Actor) each[0], (CaseId) each[1], true);
		}
		given.identifier(NORTH, north, HANDLE, "X", "@chain.one");
		given.identifier(SOUTH, south, HANDLE, "X", "chain.one");
		given.identifier(SOUTH, south, PHONE, null, "07700 900777");
		given.identifier(EAST, east, PHONE, null, "+44 7700 900777");
		var pattern = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
		assertThat(linking.accept(COORDINATOR, given.awaitSuggestion(south, east).id()).patternId()).isEqualTo(pattern);
		UUID northHandle = cases.read(NORTH, north).identifiers().getFirst().id();

		scenario.publish(withdrawal(NORTH, north, northHandle, "Recorded on the wrong case"))
			.andWaitForStateChange(() -> members(pattern), remaining -> remaining == 2)
			.andVerify(remaining -> {
				assertThat(linking.pattern(COORDINATOR, pattern).members()).extracting(LinkedPattern.Member::caseId)
					.containsExactlyInAnyOrder(south, east);
				assertThat(events.of(CaseUnlinked.class)).filteredOn(e -> e.caseId().equals(north))
					.singleElement().extracting(CaseUnlinked::reason).asString().contains("Recorded on the wrong case");
			});

		UUID eastPhone = cases.read(EAST, east).identifiers().getFirst().id();
		scenario.publish(withdrawal(EAST, east, eastPhone, "The client's own old number"))
			// Scenario sees events of the test's own thread only; listeners publish from theirs.
			.andWaitForStateChange(() -> events.of(PatternDissolved.class).stream()
				.filter(e -> e.patternId().equals(pattern)).toList(), dissolved -> !dissolved.isEmpty())
			.andVerify(dissolved -> {
				assertThat(dissolved.getFirst().lastMembers()).containsExactlyInAnyOrder(south, east);
				assertThat(members(pattern)).isZero();
				assertThatThrownBy(() -> linking.pattern(SOUTH, pattern)).isInstanceOfSatisfying(DissolvedPattern.class,
						e -> assertThat(e.reason()).contains("The client's own old number"));
			});
	}

	private PerpetratorIdentifierWithdrawn withdrawal(Actor caseworker, CaseId caseId, UUID identifier, String reason) {
		return new PerpetratorIdentifierWithdrawn(caseId, clientOf(caseId), identifier, reason, null);
	}

	private org.falseos.casework.cases.ClientId clientOf(CaseId caseId) {
		return caseData.linkableCase(caseId).orElseThrow().clientId();
	}

	private long members(PatternId pattern) {
		return count("select count(*) from linkedvictims.member where pattern_id = ?", pattern.id());
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}
}
