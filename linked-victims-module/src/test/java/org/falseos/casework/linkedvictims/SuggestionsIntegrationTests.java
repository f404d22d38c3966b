package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.falseos.casework.cases.IdentifierKind.EMAIL;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.cases.IdentifierKind.NAME;
import static org.falseos.casework.cases.IdentifierKind.PHONE;
import static org.falseos.casework.linkedvictims.People.COORDINATOR;
import static org.falseos.casework.linkedvictims.People.NORTH;
import static org.falseos.casework.linkedvictims.People.SOUTH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ClientErased;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.PerpetratorIdentifierRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class SuggestionsIntegrationTests {

	@Autowired
	Cases cases;

	@Autowired
	LinkedVictims linking;

	@Autowired
	CaseLinkingData caseData;

	@Autowired
	JdbcClient jdbc;

	@Value("${falseos.data-dir}")
	Path dataDir;

	@Test
	void aDismissedPairComesBackOnlyWhenSomethingNewMatches() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, EMAIL, null, "J.Doe+x@gmail.com");
		given.identifier(SOUTH, south, EMAIL, null, "jdoe@googlemail.com");
		var suggestion = given.awaitSuggestion(north, south);

		assertThatThrownBy(() -> linking.dismiss(COORDINATOR, suggestion.id(), " "))
			.isInstanceOf(InvalidLinkingInput.class).hasMessageContaining("Say why");
		var dismissed = linking.dismiss(COORDINATOR, suggestion.id(), "Shared family e-mail, not the perpetrator");
		assertThat(dismissed.state()).isEqualTo(SuggestionState.DISMISSED);
		assertThat(linking.suggestions(COORDINATOR, false)).extracting(Suggestion::id).doesNotContain(suggestion.id());

		// The same e-mail again, written differently: nothing new, the pair stays dismissed.
		given.identifier(SOUTH, south, EMAIL, null, "j.d.o.e@gmail.com");
		given.identifier(NORTH, north, PHONE, null, "07700 900555");
		given.identifier(SOUTH, south, PHONE, null, "+44 7700 900555");
		var back = await().atMost(Fixtures.PATIENCE)
			.until(() -> given.suggestionFor(north, south).orElseThrow(), s -> s.state() == SuggestionState.OPEN);
		assertThat(back.shared()).extracting(SharedIdentifier::kind).containsExactlyInAnyOrder("email", "phone");
		assertThat(back.dismissedReason()).isEqualTo("Shared family e-mail, not the perpetrator");
	}

	@Test
	void sameAgencyAndNumberOnTwoClientsCasesIsASuggestion() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.reference(NORTH, north, "Police Scotland", "PS-2026-4242");
		given.reference(SOUTH, south, "police  scotland", "ps 2026 4242");

		var suggestion = given.awaitSuggestion(north, south);
		assertThat(suggestion.kind()).isEqualTo("reference");
		assertThat(suggestion.platform()).isEqualTo("police scotland");
	}

	@Test
	void aNameAloneIsAWeakSuggestionAndTheSameClientsCasesAreNeverSuggested() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, NAME, null, "Smith, John");
		given.identifier(SOUTH, south, NAME, null, "JOHN  SMITH");
		assertThat(given.awaitSuggestion(north, south).weak()).isTrue();

		var code = cases.read(NORTH, north).client().code();
		var secondCaseOfSameClient = cases.open(NORTH, org.falseos.casework.cases.NewCase.of(code, "scotland", "Again"));
		given.identifier(NORTH, secondCaseOfSameClient, NAME, null, "john smith");
		given.awaitSuggestion(secondCaseOfSameClient, south);
		assertThat(given.suggestionFor(north, secondCaseOfSameClient)).isEmpty();
	}

	@Test
	void redeliveredEventsChangeNothing(Scenario scenario) {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "TikTok", "@night.caller");
		given.identifier(SOUTH, south, HANDLE, "tiktok", "Night.Caller");
		var first = given.awaitSuggestion(north, south);
		UUID recorded = cases.read(SOUTH, south).identifiers().getFirst().id();
		var clientId = caseData.linkableCase(south).orElseThrow().clientId();

		scenario.publish(new PerpetratorIdentifierRecorded(south, clientId, recorded, HANDLE, "tiktok"))
			.andWaitForStateChange(() -> count("select count(*) from linkedvictims.fingerprint where source_id = ?", recorded))
			.andVerify(count -> assertThat(count).isEqualTo(1));
		assertThat(given.suggestionFor(north, south).orElseThrow().shared()).hasSize(first.shared().size());
	}

	@Test
	void erasingAClientRemovesEverythingDerivedFromTheirCases(Scenario scenario) {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "Reddit", "u/Throwaway_Hate");
		given.identifier(SOUTH, south, HANDLE, "reddit", "throwaway_hate");
		given.consent(NORTH, north, true);
		given.consent(SOUTH, south, true);
		var pattern = linking.accept(COORDINATOR, given.awaitSuggestion(north, south).id()).patternId();
		var client = caseData.linkableCase(south).orElseThrow().clientId();

		scenario.publish(new ClientErased(client, java.util.List.of(south)))
			.andWaitForStateChange(() -> count("select count(*) from linkedvictims.fingerprint where client_id = ?", client.id()),
					remaining -> remaining == 0)
			.andVerify(remaining -> {
				assertThat(count("select count(*) from linkedvictims.suggestion where client_a = ? or client_b = ?",
						client.id(), client.id())).isZero();
				assertThat(count("select count(*) from linkedvictims.member where case_id = ?", south.id())).isZero();
				// Left with one victim's case, the pattern is dissolved and the last member leaves it too.
				assertThat(count("select count(*) from linkedvictims.member where pattern_id = ?", pattern.id())).isZero();
				assertThatThrownBy(() -> linking.pattern(COORDINATOR, pattern)).isInstanceOf(DissolvedPattern.class)
					.hasMessageContaining("client erased");
			});
	}

	@Test
	void onlyKeyedHashesAreStoredAndTheKeyIsTheOwnersOnly() throws Exception {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "GitHub", "DoxBot-Unique-7781");
		given.identifier(SOUTH, south, HANDLE, "github", "doxbot-unique-7781");
		given.awaitSuggestion(north, south);

		assertThat(count("""
				select count(*) from linkedvictims.fingerprint f
				where f.masked ilike '%unique%' or f.platform ilike '%unique%' or encode(f.hash, 'escape') ilike '%unique%'
				""")).isZero();
		assertThat(count("select count(*) from linkedvictims.suggestion_match where masked ilike '%doxbot%'")).isZero();
		Path key = dataDir.resolve("linking").resolve("hmac.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
	}

	@Test
	void onlyCoordinatorsWorkSuggestions() {
		var given = new Fixtures(cases, linking);
		var north = given.open(NORTH, null);
		var south = given.open(SOUTH, null);
		given.identifier(NORTH, north, HANDLE, "Twitch", "RageStreamer");
		given.identifier(SOUTH, south, HANDLE, "twitch", "ragestreamer");
		var suggestion = given.awaitSuggestion(north, south);

		for (var someoneElse : new org.falseos.casework.cases.Actor[] { NORTH, People.NORTH_SUPERVISOR, People.ADMIN }) {
			assertThatThrownBy(() -> linking.suggestions(someoneElse, false)).isInstanceOf(NotPermitted.class);
			assertThatThrownBy(() -> linking.accept(someoneElse, suggestion.id())).isInstanceOf(NotPermitted.class);
			assertThatThrownBy(() -> linking.dismiss(someoneElse, suggestion.id(), "no")).isInstanceOf(NotPermitted.class);
		}
		assertThatThrownBy(() -> linking.accept(COORDINATOR, new SuggestionId(UUID.randomUUID())))
			.isInstanceOf(UnknownSuggestion.class);
	}

	private long count(String sql, Object... params) {
		var statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}
}
