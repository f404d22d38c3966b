package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.IncidentLogged;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** Cases become searchable as case events arrive, only ever for the people who may see them. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CaseSearchIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final Actor NORTH_SUPERVISOR = new Actor("supervisor", Set.of("SUPERVISOR"), Set.of(), Set.of("North"));

	static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of("North"), Set.of());

	@Autowired
	CaseSearch search;

	@Autowired
	Cases cases;

	@Autowired
	DataProtection dataProtection;

	@Test
	void openedCaseIsFoundByTheWordsOfItsSummary(Scenario scenario) {
		String word = unique("quokkatroll");
		scenario.stimulate(() -> open(NORTH, "Harassed by a " + word + " on several sites"))
			.andWaitForStateChange(() -> ids(NORTH, word), found -> !found.isEmpty())
			.andVerify(found -> assertThat(search.search(NORTH, word).results()).singleElement().satisfies(hit -> {
				assertThat(hit.team()).isEqualTo("North");
				assertThat(hit.summary()).contains(word);
				assertThat(hit.snippet()).contains("<mark>" + word + "</mark>");
				assertThat(hit.url()).isEqualTo("/cases/" + hit.id());
			}));
	}

	@Test
	void loggedIncidentMakesItsDescriptionSearchable(Scenario scenario) {
		CaseId id = open(NORTH, "Online abuse");
		String word = unique("wombatpost");
		var incident = cases.logIncident(NORTH, id, new NewIncident(Instant.parse("2026-11-01T10:00:00Z"),
				"They posted a " + word + " about the client", "X", null, null, null));

		scenario.publish(new IncidentLogged(id, incident, Instant.parse("2026-11-01T10:00:00Z"), "X"))
			.andWaitForStateChange(() -> ids(NORTH, word), found -> found.contains(id.id().toString()))
			.andVerify(found -> assertThat(search.search(NORTH, word).results().getFirst().snippet())
				.contains("<mark>" + word + "</mark>"));
	}

	@Test
	void referenceNumberIsFoundHoweverItIsTyped(Scenario scenario) {
		CaseId id = open(NORTH, "Threats by e-mail");
		String digits = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		scenario
			.stimulate(() -> cases.recordReferenceNumber(NORTH, id,
					NewReferenceNumber.of("Police Scotland", "PS-" + digits)))
			.andWaitForStateChange(() -> ids(NORTH, "PS" + digits), found -> found.contains(id.id().toString()))
			.andVerify(found -> {
				String typed = "ps-" + digits.substring(0, 4) + " " + digits.substring(4);
				assertThat(ids(NORTH, typed)).containsExactly(id.id().toString());
				assertThat(ids(NORTH_SUPERVISOR, "p s " + digits)).containsExactly(id.id().toString());
			});
	}

	@Test
	void slashedReferenceIsFoundTypedWithSpacesOrDashesAndSaysSo(Scenario scenario) {
		CaseId id = open(NORTH, "Calls to the client's work");
		String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 9999));
		String year = String.valueOf(ThreadLocalRandom.current().nextInt(10, 99));
		scenario
			.stimulate(() -> cases.recordReferenceNumber(NORTH, id,
					NewReferenceNumber.of("Police Scotland", "SCO/" + digits + "/" + year)))
			.andWaitForStateChange(() -> ids(NORTH, "SCO/" + digits + "/" + year),
					found -> found.contains(id.id().toString()))
			.andVerify(found -> {
				for (String typed : List.of("sco " + digits + " " + year, "SCO-" + digits + "-" + year,
						"Sco" + digits + year)) {
					assertThat(search.search(NORTH, typed).results()).as(typed).singleElement().satisfies(hit -> {
						assertThat(hit.id()).isEqualTo(id.id().toString());
						assertThat(hit.matched()).containsExactly(CaseSearchResults.REFERENCE_NUMBER);
						assertThat(hit.status()).isEqualTo("OPEN");
						assertThat(hit.rung()).isZero();
					});
				}
				assertThat(ids(SOUTH, "sco " + digits + " " + year)).isEmpty();
			});
	}

	@Test
	void perpetratorIdentifierIsFoundByItsHandleInAnyForm(Scenario scenario) {
		CaseId id = open(NORTH, "Abuse in replies");
		String handle = unique("Troll_");
		scenario
			.stimulate(() -> cases.recordIdentifier(NORTH, id, new NewIdentifier(IdentifierKind.HANDLE, "X", "@" + handle)))
			.andWaitForStateChange(() -> ids(NORTH, handle), found -> found.contains(id.id().toString()))
			.andVerify(found -> {
				for (String typed : List.of(handle.toLowerCase(), "@" + handle.toUpperCase(),
						"https://x.com/" + handle.toLowerCase())) {
					assertThat(search.search(NORTH, typed).results()).as(typed).singleElement().satisfies(hit -> {
						assertThat(hit.id()).isEqualTo(id.id().toString());
						assertThat(hit.matched()).contains(CaseSearchResults.IDENTIFIER);
					});
				}
				assertThat(ids(SOUTH, handle)).isEmpty();
				assertThat(ids(NORTH, "@" + handle + "x")).isEmpty();
			});
	}

	@Test
	void identifierAddressIsFoundByTheBareHandle(Scenario scenario) {
		CaseId id = open(NORTH, "Videos about the client");
		String handle = unique("vidtroll");
		scenario
			.stimulate(() -> cases.recordIdentifier(NORTH, id,
					new NewIdentifier(IdentifierKind.URL, "TikTok", "https://www.tiktok.com/@" + handle + "?lang=en")))
			.andWaitForStateChange(() -> ids(NORTH, "@" + handle), found -> found.contains(id.id().toString()));
	}

	@Test
	void clientCodeIsFoundHoweverTyped(Scenario scenario) {
		String digits = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		scenario.stimulate(() -> cases.open(NORTH, new NewCase("CC-" + digits, "scotland", "Impersonation", null, null,
				null, null, Set.of(), null, false, false)))
			.andWaitForStateChange(() -> ids(NORTH, "cc " + digits), found -> !found.isEmpty())
			.andVerify(found -> {
				assertThat(search.search(NORTH, "cc" + digits).results().getFirst().matched())
					.containsExactly(CaseSearchResults.CLIENT_CODE);
				assertThat(ids(SOUTH, "CC-" + digits)).isEmpty();
			});
	}

	@Test
	void diaryMatchIsNamedAsSuch(Scenario scenario) {
		CaseId id = open(NORTH, "Messages at night");
		String word = unique("echidnaspam");
		scenario
			.stimulate(() -> cases.logIncident(NORTH, id, new NewIncident(Instant.parse("2026-11-02T22:00:00Z"),
					"A " + word + " flood", "X", null, null, null)))
			.andWaitForStateChange(() -> ids(NORTH, word), found -> found.contains(id.id().toString()))
			.andVerify(found -> assertThat(search.search(NORTH, word).results().getFirst().matched())
				.containsExactly(CaseSearchResults.DIARY));
	}

	@Test
	void anotherTeamsCaseIsNeverFound(Scenario scenario) {
		String word = unique("numbatstalk");
		scenario.stimulate(() -> open(NORTH, "A " + word + " case"))
			.andWaitForStateChange(() -> ids(NORTH, word), found -> !found.isEmpty())
			.andVerify(found -> {
				assertThat(search.search(SOUTH, word).total()).isZero();
				assertThat(search.search(SOUTH, word).results()).isEmpty();
				assertThat(search.search(COORDINATOR, word).results()).isEmpty();
				assertThat(ids(NORTH_SUPERVISOR, word)).isEqualTo(found);
			});
	}

	@Test
	void erasedClientsCasesAreRemoved(Scenario scenario) {
		String word = unique("bilbyleak");
		CaseId id = open(NORTH, "Doxxing with a " + word);
		var client = cases.read(NORTH, id).client().id();
		scenario.stimulate(() -> ids(NORTH, word)).andWaitForStateChange(() -> ids(NORTH, word), found -> !found.isEmpty());

		var request = dataProtection.requestErasure(NORTH, client, "The client asked");
		scenario.stimulate(() -> dataProtection.approveErasure(NORTH_SUPERVISOR, request))
			.andWaitForStateChange(() -> search.search(NORTH_SUPERVISOR, word).total(), total -> total == 0);
	}

	@Test
	void blankOrOverlongTextIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> search.search(NORTH, " "));
		assertThatIllegalArgumentException().isThrownBy(() -> search.search(NORTH, "x".repeat(201)));
	}

	private CaseId open(Actor caseworker, String summary) {
		String code = "CS-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		return cases.open(caseworker, new NewCase(code, "scotland", summary, null, null, null, null, Set.of(), null,
				false, false));
	}

	private List<String> ids(Actor actor, String text) {
		return search.search(actor, text).results().stream().map(CaseSearchResults.Result::id).toList();
	}

	private static String unique(String word) {
		return word + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
	}
}
