package org.falseos.casework.cases.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseReassigned;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.CaseworkerDirectory;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.SupervisionNoteAdded;
import org.falseos.casework.cases.internal.AuditLog;
import org.falseos.casework.cases.internal.CaseAccess;
import org.falseos.casework.cases.supervision.SupervisorActionRows.LockedCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each action checks who acts, locks the case row, checks the request against the case as it stands now, writes
 * the change with its history row and publishes its event, all in one transaction: a refused request leaves
 * nothing behind, and two supervisors acting on one case at once take turns.
 */
@Service
@Transactional
class SupervisorActions implements CaseSupervision {

	static final int CASEWORKER = 100;

	static final int REASON = 2_000;

	static final int NOTE = 4_000;

	static final int REVIEW_YEARS_AHEAD = 10;

	// Dates people type are UK dates (as for the other date rules of the cases module).
	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final CaseAccess access;

	private final SupervisorActionRows rows;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<CaseworkerDirectory> directory;

	SupervisorActions(CaseAccess access, SupervisorActionRows rows, AuditLog audit, ApplicationEventPublisher events,
			ObjectProvider<CaseworkerDirectory> directory) {
		this.access = access;
		this.rows = rows;
		this.audit = audit;
		this.events = events;
		this.directory = directory;
	}

	@Override
	public void reassign(Actor actor, CaseId id, String caseworker, String reason) {
		LockedCase current = supervisedOpenCase(actor, id, "reassign a case");
		String to = caseworker(caseworker, current.team());
		if (to.equals(current.caseworker())) {
			throw InvalidCaseInput.of("caseworker", to + " already has this case; choose another caseworker.");
		}
		String why = optional(reason, "reason", REASON);
		rows.assign(id, current.team(), to);
		handOver(actor, id, current, current.team(), to, why, "to " + to);
	}

	@Override
	public void moveToTeam(Actor actor, CaseId id, String team, String caseworker, String reason) {
		LockedCase current = supervisedOpenCase(actor, id, "move a case to another team");
		String toTeam = team == null ? "" : team.strip();
		if (toTeam.isEmpty()) {
			throw InvalidCaseInput.of("team", "Choose the team to move the case to.");
		}
		if (toTeam.equals(current.team())) {
			throw InvalidCaseInput.of("team", "The case is already in team " + toTeam
					+ "; to give it to another caseworker of the team, reassign it.");
		}
		if (!actor.supervisedTeams().contains(toTeam)) {
			var others = new TreeSet<>(actor.supervisedTeams());
			others.remove(current.team());
			throw InvalidCaseInput.of("team", "You can move a case only to another team you supervise"
					+ (others.isEmpty() ? "; you supervise no other team." : ": " + String.join(", ", others) + "."));
		}
		String to = caseworker(caseworker, toTeam);
		String why = optional(reason, "reason", REASON);
		// A client and all their cases stay in one team: their code is unique per team, and erasure and
		// subject access are decided by the client's team.
		int others = rows.otherCasesOf(current.client(), id);
		if (others > 0) {
			throw new CaseConflict("Client " + current.clientCode() + " has " + others + " other case"
					+ (others == 1 ? "" : "s") + " in team " + current.team()
					+ "; a client's cases stay in one team, so this case cannot move on its own.");
		}
		if (rows.codeTaken(toTeam, current.clientCode())) {
			throw codeClash(toTeam, current.clientCode());
		}
		try {
			rows.moveClient(current.client(), toTeam);
		}
		catch (DuplicateKeyException clash) {
			throw codeClash(toTeam, current.clientCode());
		}
		rows.assign(id, toTeam, to);
		handOver(actor, id, current, toTeam, to, why, "to " + to + ", team " + toTeam);
	}

	@Override
	public UUID addNote(Actor actor, CaseId id, String note, LocalDate reviewBy, boolean reviewDone) {
		LockedCase current = supervisedOpenCase(actor, id, "write a supervision note");
		String text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw InvalidCaseInput.of("note", "Write the note for the caseworker.");
		}
		if (text.length() > NOTE) {
			throw InvalidCaseInput.of("note", "A supervision note is at most " + NOTE + " characters.");
		}
		LocalDate today = LocalDate.now(UK);
		if (reviewBy != null && reviewBy.isBefore(today)) {
			throw InvalidCaseInput.of("reviewBy", "The review date must be today or later.");
		}
		if (reviewBy != null && reviewBy.isAfter(today.plusYears(REVIEW_YEARS_AHEAD))) {
			throw InvalidCaseInput.of("reviewBy", "The review date must be within " + REVIEW_YEARS_AHEAD + " years.");
		}
		LocalDate due = rows.reviewBy(id);
		if (reviewDone && reviewBy != null) {
			throw InvalidCaseInput.of("reviewBy", "Either set a new review date or mark the review done, not both.");
		}
		if (reviewDone && due == null) {
			throw InvalidCaseInput.of("reviewDone", "No review is due on this case.");
		}
		var noteId = UUID.randomUUID();
		rows.insertNote(noteId, id, text, reviewBy, actor.username());
		if (reviewBy != null) {
			rows.setReviewBy(id, reviewBy);
		}
		else if (reviewDone) {
			rows.setReviewBy(id, null);
			// The audit holds no case content: the date only, so erasure has nothing to clear here.
			audit.record(id, current.client(), actor.username(), "REVIEW_DONE", "review by " + due);
		}
		events.publishEvent(new SupervisionNoteAdded(id, noteId, current.team(), current.caseworker(),
				actor.username(), reviewBy));
		return noteId;
	}

	@Override
	@Transactional(readOnly = true)
	public Record record(Actor actor, CaseId id) {
		access.requireVisible(actor, id);
		return new Record(rows.reviewBy(id), rows.notes(id), rows.reassignments(id));
	}

	/** A supervisor (403 otherwise) of the team (404 when they cannot see the case, 403 when they only work in it). */
	private LockedCase supervisedOpenCase(Actor actor, CaseId id, String step) {
		CaseAccess.requireSupervisor(actor, step);
		String team = access.requireVisible(actor, id);
		CaseAccess.requireSupervisorOf(actor, team, step);
		LockedCase current = rows.lock(id);
		if (!"OPEN".equals(current.status())) {
			throw new CaseConflict(CaseAccess.CLOSED);
		}
		return current;
	}

	/** The directory's answer, never the name as typed: unknown, not a caseworker or not of the team is refused. */
	private String caseworker(String name, String team) {
		if (name == null || name.isBlank()) {
			throw InvalidCaseInput.of("caseworker", "Choose the caseworker who takes the case.");
		}
		if (name.strip().length() > CASEWORKER) {
			throw InvalidCaseInput.of("caseworker", "A caseworker's username is at most " + CASEWORKER + " characters.");
		}
		// Exactly as the directory knows the person: a differently spelt name is not silently taken for theirs.
		String username = name.strip();
		CaseworkerDirectory people = directory.getIfAvailable();
		if (people == null) {
			throw new IllegalStateException("No CaseworkerDirectory: a case cannot be given to a name nobody checks");
		}
		switch (people.standing(username, team)) {
			case CASEWORKER_OF_TEAM -> {
				return username;
			}
			case UNKNOWN_PERSON -> throw InvalidCaseInput.of("caseworker", "No one is called " + username + ".");
			case NOT_A_CASEWORKER -> throw InvalidCaseInput.of("caseworker", username + " is not a caseworker.");
			case NOT_IN_TEAM -> throw InvalidCaseInput.of("caseworker", username + " does not work in team " + team + ".");
		}
		throw new IllegalStateException("Unknown standing");
	}

	private void handOver(Actor actor, CaseId id, LockedCase from, String toTeam, String to, String reason,
			String auditDetail) {
		UUID reassignmentId = rows.insertReassignment(id, from, toTeam, to, reason, actor.username());
		// The reason stays out of the audit trail, which erasure keeps: it is in the reassignment row only.
		audit.record(id, from.client(), actor.username(), "REASSIGNED", auditDetail);
		events.publishEvent(new CaseReassigned(id, reassignmentId, from.team(), toTeam, from.caseworker(), to, actor.username()));
	}

	private static CaseConflict codeClash(String team, String code) {
		return new CaseConflict("Team " + team + " already has a client with the code " + code
				+ "; the case cannot move there under that code.");
	}

	private static String optional(String text, String field, int limit) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > limit) {
			throw InvalidCaseInput.of(field, "At most " + limit + " characters.");
		}
		return text.strip();
	}
}
