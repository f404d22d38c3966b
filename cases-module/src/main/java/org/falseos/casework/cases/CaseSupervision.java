package org.falseos.casework.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a supervisor does on a case of a team they supervise, and what its caseworker then sees: reassignment to
 * a caseworker of the team (checked against the {@link CaseworkerDirectory}, never trusted), a move to another team
 * the supervisor also supervises, and supervision notes with an optional "review by" date. A case the caller may
 * not see is {@link UnknownCase}; seeing it without supervising its team is {@link NotPermitted}.
 */
public interface CaseSupervision {

	/**
	 * Gives the case to another caseworker of its team, with an optional reason: unknown people, people who are not
	 * caseworkers or not of the team, and the case's own caseworker are refused naming {@code caseworker}.
	 */
	void reassign(Actor actor, CaseId id, String caseworker, String reason);

	/**
	 * Moves the case, with its client, to another team the supervisor also supervises and gives it to a caseworker
	 * of that team. Refused ({@link CaseConflict}) while the client has other cases in the old team, or when the new
	 * team already has a client of the same code: a client and all their cases stay in one team.
	 */
	void moveToTeam(Actor actor, CaseId id, String team, String caseworker, String reason);

	/**
	 * Writes a note for the caseworker. A {@code reviewBy} date (today or later) becomes the case's review date;
	 * a note without one leaves the date as it is, and {@code reviewDone} clears it (the review took place).
	 */
	UUID addNote(Actor actor, CaseId id, String note, LocalDate reviewBy, boolean reviewDone);

	/** The case's review date, notes and reassignments, for its caseworker and its supervisors. */
	Record record(Actor actor, CaseId id);

	/** {@code reviewBy} is null when no review is due. Lists are newest first. */
	record Record(LocalDate reviewBy, List<Note> notes, List<Reassignment> reassignments) {
	}

	/** A supervision note; {@code note} is null once the client was erased. */
	record Note(UUID id, String note, LocalDate reviewBy, String writtenBy, Instant writtenAt) {
	}

	/** One hand-over; the teams differ for a team move. {@code reason} is null when none was given or erased. */
	record Reassignment(UUID id, String fromCaseworker, String toCaseworker, String fromTeam, String toTeam,
			String reason, String reassignedBy, Instant reassignedAt) {

		public boolean movedTeam() {
			return !fromTeam.equals(toTeam);
		}
	}
}
