package org.falseos.casework.linkedvictims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseReassigned;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/** A case moved to another team stays in its pattern under its new team; a move within the team changes nothing. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class TeamMovesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberCaseMovedToAnotherTeamIsSeenByItsNewTeam(Scenario scenario) {
		var pattern = UUID.randomUUID();
		var caseId = new CaseId(UUID.randomUUID());
		jdbc.sql("insert into linkedvictims.pattern (id, created_by) values (?, 'coordinator')").param(pattern).update();
		jdbc.sql("insert into linkedvictims.member (case_id, pattern_id, client_id, team) values (?, ?, ?, 'North')")
			.params(caseId.id(), pattern, UUID.randomUUID()).update();

		scenario.publish(new CaseReassigned(caseId, UUID.randomUUID(), "North", "South", "caseworker", "caseworker2", "lead"))
			.andWaitForStateChange(() -> team(caseId), "South"::equals)
			.andVerify(team -> assertThat(team).isEqualTo("South"));
	}

	private String team(CaseId caseId) {
		return jdbc.sql("select team from linkedvictims.member where case_id = ?").param(caseId.id()).query(String.class)
			.single();
	}
}
