package org.falseos.casework.cases.ladder;

import java.util.List;
import java.util.Optional;

import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.EscalationChanged;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.LadderPosition;
import org.falseos.casework.cases.StaleRung;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a case on its ladder: the rung checked against the guide, the move guarded against the rung the mover saw,
 * the diary's record of it and {@link EscalationChanged}, together. Access is checked by the caller.
 */
@Service
@Transactional
public class LadderMoves {

	private final LadderRows rows;

	private final Ladder ladder;

	private final ApplicationEventPublisher events;

	LadderMoves(LadderRows rows, Ladder ladder, ApplicationEventPublisher events) {
		this.rows = rows;
		this.ladder = ladder;
		this.events = events;
	}

	/**
	 * @param from the rung the mover saw; {@code null} for callers that did not show one, who move from wherever
	 *     the case is now (still guarded, so a move in between is never overwritten unseen)
	 */
	public void move(CaseId id, Integer from, int to, String note, String by) {
		var standing = rows.standing(id);
		int rungs = ladder.rungs(standing.jurisdiction()).size();
		if (to < 1 || to > rungs) {
			throw InvalidCaseInput.of("rung", "Choose a rung from 1 to " + rungs + " of the ladder.");
		}
		int seen = from == null ? standing.rung() : from;
		if (seen == to) {
			throw new CaseConflict("The case is already on rung " + to + ".");
		}
		var reached = rows.move(id, seen, to);
		if (reached.isEmpty()) {
			throw new StaleRung(rows.standing(id).rung());
		}
		rows.insertMove(id, seen, to, note, by, reached.get());
		events.publishEvent(new EscalationChanged(id, seen, to));
	}

	@Transactional(readOnly = true)
	public List<CaseFile.Escalation> moves(CaseId id) {
		return rows.moves(id);
	}

	@Transactional(readOnly = true)
	public Optional<LadderPosition> position(CaseId id) {
		var standing = rows.standing(id);
		return ladder.position(standing.jurisdiction(), standing.rung(), standing.since());
	}
}
