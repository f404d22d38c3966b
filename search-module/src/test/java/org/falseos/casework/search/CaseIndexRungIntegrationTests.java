package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The index stores each case's rung for the result list, so a ladder move must reach it through
 * {@code EscalationChanged}; the periodic catch-up is pushed out of the way so only the listener can do it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "falseos.search.catch-up-interval=PT1H")
class CaseIndexRungIntegrationTests {

	static final Actor NORTH = new Actor("caseworker", Set.of("CASEWORKER"), Set.of("North"), Set.of());

	@Autowired
	CaseSearch search;

	@Autowired
	Cases cases;

	@Test
	void aLadderMoveReachesTheIndexedRung(Scenario scenario) {
		String word = "numbatladder" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 30), 36);
		CaseId id = cases.open(NORTH, NewCase.of("CR-" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
				"scotland", "Brushed off by a " + word));
		// Indexed at rung 0 first, so the opening's own refresh cannot be what carries the move.
		scenario.stimulate(() -> rungs(word)).andWaitForStateChange(() -> rungs(word), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly(0));

		scenario.stimulate(() -> cases.escalate(NORTH, id, 0, 3, "Asked for the sergeant"))
			.andWaitForStateChange(() -> rungs(word), found -> found.contains(3))
			.andVerify(found -> assertThat(found).containsExactly(3));
	}

	private List<Integer> rungs(String word) {
		return search.search(NORTH, word).results().stream().map(CaseSearchResults.Result::rung).toList();
	}
}
