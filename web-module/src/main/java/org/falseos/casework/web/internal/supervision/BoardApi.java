package org.falseos.casework.web.internal.supervision;

import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.SupervisionBoard;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/supervision/board}: the board as JSON, with the field names of issue 12. Supervisors only; a team
 * the supervisor does not supervise is a 403, a bad parameter a 400 naming it.
 */
@RestController
@PreAuthorize("hasRole('SUPERVISOR')")
class BoardApi {

	private final BoardReading reading;

	BoardApi(BoardReading reading) {
		this.reading = reading;
	}

	@GetMapping("/api/supervision/board")
	Map<String, Object> board(CurrentUser user, @RequestParam(required = false) String team,
			@RequestParam(required = false) String caseworker) {
		var read = reading.read(CaseActors.of(user), reading.query(team, caseworker));
		var board = read.board();
		var json = new LinkedHashMap<String, Object>();
		json.put("teams", board.teams());
		json.put("rungs", board.rungs().stream().map(BoardApi::rung).toList());
		json.put("stalled", board.stalled().stream().map(BoardApi::stalled).toList());
		json.put("caseload", board.caseload().stream().map(BoardApi::caseload).toList());
		var f = board.figures();
		var figures = new LinkedHashMap<String, Object>();
		figures.put("open", f.open());
		figures.put("openedThisWeek", f.openedThisWeek());
		figures.put("openedThisMonth", f.openedThisMonth());
		figures.put("closedLast30Days", f.closedLast30Days());
		figures.put("changedByOthers", f.changedByOthers());
		figures.put("medianDaysToClose", f.medianDaysToClose());
		figures.put("medianDaysToFirstReference", f.medianDaysToFirstReference());
		figures.put("waitingForPoliceConsent", f.waitingForPoliceConsent());
		figures.put("inLinkedPatterns", read.inLinkedPatterns());
		json.put("figures", figures);
		return json;
	}

	private static Map<String, Object> rung(SupervisionBoard.Rung rung) {
		var json = new LinkedHashMap<String, Object>();
		json.put("rung", rung.rung());
		json.put("title", rung.title());
		json.put("count", rung.count());
		json.put("cases", rung.cases().stream().map(BoardApi::boardCase).toList());
		return json;
	}

	private static Map<String, Object> boardCase(SupervisionBoard.BoardCase c) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", c.id().toString());
		json.put("clientCode", c.clientCode());
		json.put("caseworker", c.caseworker());
		json.put("daysOnRung", c.daysOnRung());
		json.put("lastActivityAt", c.lastActivityAt().toString());
		json.put("nextTaskDue", c.nextTaskDue() == null ? null : c.nextTaskDue().toString());
		return json;
	}

	private static Map<String, Object> stalled(SupervisionBoard.StalledCase c) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", c.id().toString());
		json.put("clientCode", c.clientCode());
		json.put("caseworker", c.caseworker());
		json.put("reason", c.reason().words());
		json.put("since", c.since().toString());
		return json;
	}

	private static Map<String, Object> caseload(SupervisionBoard.Caseload c) {
		var json = new LinkedHashMap<String, Object>();
		json.put("caseworker", c.caseworker());
		json.put("open", c.open());
		json.put("overdueTasks", c.overdueTasks());
		json.put("stalled", c.stalled());
		return json;
	}
}
