package org.falseos.casework.web.linking;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.Suggestion;

/** Cases of the demo teams recorded through the cases API, and the suggestions linking makes of them. */
record LinkedCases(Cases cases, LinkedVictims linking) {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	static final Actor SOUTH = new Actor("caseworker2", Set.of("CASEWORKER"), Set.of("South"), Set.of());

	static final Actor EAST = new Actor("caseworker3", Set.of("CASEWORKER"), Set.of("East"), Set.of());

	static final Actor COORDINATOR = new Actor("coordinator", Set.of("COORDINATOR"), Set.of(), Set.of());

	CaseId open(Actor caseworker) {
		String code = caseworker.teams().iterator().next().charAt(0) + "C-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		return cases.open(caseworker, new NewCase(code, "scotland", "Harassment", null, "Private Name", null, null,
				Set.of(), "united-states", false, false));
	}

	void identifier(Actor caseworker, CaseId id, IdentifierKind kind, String platform, String value) {
		cases.recordIdentifier(caseworker, id, new NewIdentifier(kind, platform, value));
	}

	void reference(Actor caseworker, CaseId id, String agency, String number) {
		cases.recordReferenceNumber(caseworker, id, new NewReferenceNumber(agency, number, LocalDate.parse("2026-11-12"),
				null, null, null));
	}

	void incident(Actor caseworker, CaseId id, String at, String identifier) {
		cases.logIncident(caseworker, id, new NewIncident(Instant.parse(at), "What the victim went through", "X",
				"https://example.org/victim-private", identifier, null));
	}

	void consent(Actor caseworker, CaseId id) {
		cases.recordConsent(caseworker, id, ConsentKind.LINKING, true);
	}

	/** The client said no to linking (or withdrew a yes). */
	void refuseConsent(Actor caseworker, CaseId id) {
		cases.recordConsent(caseworker, id, ConsentKind.LINKING, false);
	}

	String clientCode(Actor caseworker, CaseId id) {
		return cases.read(caseworker, id).client().code();
	}

	Suggestion awaitSuggestion(CaseId one, CaseId two) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> linking.suggestions(COORDINATOR, true).stream()
			.filter(s -> s.caseIds().containsAll(List.of(one, two))).findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}
}
