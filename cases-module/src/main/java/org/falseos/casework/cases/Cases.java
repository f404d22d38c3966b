package org.falseos.casework.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Caseworkers' case management. Every method takes the {@link Actor} and decides, through one access policy,
 * whether this person may see the case: a case they may not see is {@link UnknownCase}, never a hint that it
 * exists. Reads of a case are recorded in its audit trail.
 */
public interface Cases {

	CaseId open(Actor actor, NewCase request);

	/** The open and closed cases this person may see, most recently opened first. */
	List<CaseSummary> visibleTo(Actor actor, int limit);

	/** Reads a whole case and records that this person viewed it. */
	CaseFile read(Actor actor, CaseId id);

	/** Whether the case exists for this person, without recording a view (for routing and checks). */
	boolean isVisible(Actor actor, CaseId id);

	UUID logIncident(Actor actor, CaseId id, NewIncident incident);

	UUID recordIdentifier(Actor actor, CaseId id, NewIdentifier identifier);

	UUID recordReferenceNumber(Actor actor, CaseId id, NewReferenceNumber referenceNumber);

	/** Records a consent answer; withdrawing {@link ConsentKind#DATA} erases the client's contact details. */
	void recordConsent(Actor actor, CaseId id, ConsentKind kind, boolean given);

	/**
	 * A supervisor of the case's team releases the next police bundle once without the client's police consent,
	 * with the reason (audited). {@link NotPermitted} for anyone else who may see the case.
	 */
	void overridePoliceConsent(Actor actor, CaseId id, String reason);

	/** The police consent overrides recorded on the case, newest first, used or still standing. */
	List<PoliceConsentOverride> policeConsentOverrides(Actor actor, CaseId id);

	/** Moves the case to a rung of its jurisdiction's ladder, with the reason. */
	void escalate(Actor actor, CaseId id, int rung, String note);

	/**
	 * Moves the case from the rung the caller saw to another, with the reason: if someone moved it in between,
	 * {@link StaleRung} and nothing changes, so two people moving one case at once cannot both win unseen.
	 */
	void escalate(Actor actor, CaseId id, int fromRung, int toRung, String note);

	UUID addTask(Actor actor, CaseId id, String title, LocalDate dueOn);

	void completeTask(Actor actor, CaseId id, UUID taskId);

	/**
	 * A supervisor of the case's team gives it to another caseworker of the team, as checked by the
	 * {@link CaseworkerDirectory}; {@link CaseSupervision#reassign} also takes a reason.
	 */
	void reassign(Actor actor, CaseId id, String caseworker);

	/** Who read or exported this case, newest first: for supervisors. */
	List<AuditEntry> auditTrail(Actor actor, CaseId id);

	/** Where a case stands on its jurisdiction's ladder: the current rung's guidance and the next step. */
	Optional<LadderPosition> ladderPosition(Actor actor, CaseId id);
}
