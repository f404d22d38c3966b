package org.falseos.casework.linkedvictims.internal;

import org.falseos.casework.cases.CaseReassigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case moved to another team stays in its pattern, now seen by its new team and no longer by its old one.
 * Sets the team the event names, so a redelivered event changes nothing more.
 */
@Component
class TeamMoves {

	private final JdbcClient jdbc;

	TeamMoves(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(CaseReassigned event) {
		if (event.fromTeam().equals(event.toTeam())) {
			return;
		}
		jdbc.sql("update linkedvictims.member set team = :team where case_id = :case and team <> :team")
			.param("team", event.toTeam()).param("case", event.caseId().id()).update();
	}
}
