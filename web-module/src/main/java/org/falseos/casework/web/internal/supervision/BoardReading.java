package org.falseos.casework.web.internal.supervision;

import java.time.Instant;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.SupervisionBoard;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.web.internal.Dates;
import org.springframework.stereotype.Component;

/**
 * The board as the page, its CSV and the API show it: the cases module's board for the filters asked for, with the
 * one figure another module answers (cases in linked patterns), composed here because the cases module does not
 * depend on the linking module.
 */
@Component
class BoardReading {

	private final SupervisionBoard board;

	private final LinkedVictims linking;

	private final Dates dates;

	BoardReading(SupervisionBoard board, LinkedVictims linking, Dates dates) {
		this.board = board;
		this.linking = linking;
		this.dates = dates;
	}

	/** An empty filter (a form's "All teams" choice, or {@code ?team=}) means none. */
	SupervisionBoard.Query query(String team, String caseworker) {
		return new SupervisionBoard.Query(blankAsNull(team), blankAsNull(caseworker), Instant.now(), dates.zone());
	}

	Read read(Actor actor, SupervisionBoard.Query query) {
		var read = board.board(actor, query);
		long linked = linking.casesInPatterns(actor, board.openCaseIds(actor, query));
		return new Read(read, linked);
	}

	/** The board without the figures of other modules. */
	SupervisionBoard.Board boardOnly(Actor actor, SupervisionBoard.Query query) {
		return board.board(actor, query);
	}

	java.util.List<SupervisionBoard.BoardCase> cases(Actor actor, SupervisionBoard.Query query) {
		return board.cases(actor, query);
	}

	private static String blankAsNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	/** The cases module's board and the number of its open cases that are in a linked pattern. */
	record Read(SupervisionBoard.Board board, long inLinkedPatterns) {
	}
}
