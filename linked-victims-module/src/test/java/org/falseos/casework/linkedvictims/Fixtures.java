package org.falseos.casework.linkedvictims;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/** Cases recorded through the cases module's API, and waiting for linking to catch up. */
record Fixtures(Cases cases, LinkedVictims linking) {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	CaseId open(Actor caseworker, String country) {
		String code = caseworker.teams().iterator().next().substring(0, 1) + "C-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		return cases.open(caseworker, new NewCase(code, "scotland", "Harassment", null, "A Name", "a@example.org", null,
				java.util.Set.of(), country, false, false));
	}

	void identifier(Actor caseworker, CaseId id, IdentifierKind kind, String platform, String value) {
		cases.recordIdentifier(caseworker, id, new NewIdentifier(kind, platform, value));
	}

	void reference(Actor caseworker, CaseId id, String agency, String number) {
		cases.recordReferenceNumber(caseworker, id,
				new NewReferenceNumber(agency, number, java.time.LocalDate.parse("2026-11-10"), null, null, null));
	}

	void incident(Actor caseworker, CaseId id, String at, String platform, String identifier) {
		cases.logIncident(caseworker, id, new NewIncident(Instant.parse(at), "Private account of what happened",
				platform, "https://example.org/private-evidence", identifier, null));
	}

	void consent(Actor caseworker, CaseId id, boolean given) {
		cases.recordConsent(caseworker, id, ConsentKind.LINKING, given);
	}

	/** The client's answer to "may this case's data go to the police?", which every pattern export needs. */
	void policeConsent(Actor caseworker, CaseId id, boolean given) {
		cases.recordConsent(caseworker, id, ConsentKind.POLICE, given);
	}

	Optional<Suggestion> suggestionFor(CaseId one, CaseId two) {
		return linking.suggestions(People.COORDINATOR, true).stream()
			.filter(s -> s.caseIds().containsAll(List.of(one, two)))
			.findFirst();
	}

	Suggestion awaitSuggestion(CaseId one, CaseId two) {
		return await().atMost(PATIENCE).until(() -> suggestionFor(one, two), Optional::isPresent).orElseThrow();
	}

	PatternOverview awaitPatternOf(CaseId caseId, int members) {
		return await().atMost(PATIENCE).until(() -> patternOf(caseId), p -> p.isPresent() && p.get().members() == members)
			.orElseThrow();
	}

	Optional<PatternOverview> patternOf(CaseId caseId) {
		return linking.patterns(People.COORDINATOR).stream()
			.filter(p -> linking.pattern(People.COORDINATOR, p.id()).members().stream().anyMatch(m -> m.caseId().equals(caseId)))
			.findFirst();
	}
}
