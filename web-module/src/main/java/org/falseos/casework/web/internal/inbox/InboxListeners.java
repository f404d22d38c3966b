package org.falseos.casework.web.internal.inbox;

import java.util.List;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseLinkingData;
import org.falseos.casework.cases.CaseReassigned;
import org.falseos.casework.cases.CaseStalled;
import org.falseos.casework.cases.ClosureApproved;
import org.falseos.casework.cases.ClosureRejected;
import org.falseos.casework.cases.ClosureRequested;
import org.falseos.casework.cases.ErasureRequested;
import org.falseos.casework.cases.SupervisionNoteAdded;
import org.falseos.casework.linkedvictims.LinkingConsentRequested;
import org.falseos.casework.linkedvictims.SuggestionMade;
import org.falseos.casework.web.internal.identity.Role;
import org.falseos.casework.web.internal.identity.TeamDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the modules' events into notifications for the people they concern. Idempotent: each notification's key
 * is the event's own identity (a request, note or suggestion id; the case, reason and start of a stall), so the
 * publication registry redelivering an event adds nothing.
 */
@Component
class InboxListeners {

	private final Notifications notifications;

	private final TeamDirectory directory;

	private final CaseLinkingData cases;

	InboxListeners(Notifications notifications, TeamDirectory directory, CaseLinkingData cases) {
		this.notifications = notifications;
		this.directory = directory;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(SupervisionNoteAdded event) {
		notifications.add(event.caseworker(), NotificationKind.SUPERVISION_NOTE, event.caseId(),
				"Supervision note on " + caseName(event.caseId()), caseLink(event.caseId()), "note:" + event.noteId());
	}

	/** Keyed by the hand-over's own id: the same move made again later (A to B, back, A to B) is told again. */
	@ApplicationModuleListener
	void on(CaseReassigned event) {
		String move = event.reassignmentId().toString();
		notifications.add(event.toCaseworker(), NotificationKind.REASSIGNED_TO_YOU, event.caseId(),
				caseName(event.caseId()) + " was given to you", caseLink(event.caseId()), "reassigned:" + move);
		if (!event.fromCaseworker().equals(event.toCaseworker())) {
			// After a team move the previous caseworker no longer sees the case: no link to it then, only the code.
			String link = event.fromTeam().equals(event.toTeam()) ? caseLink(event.caseId()) : "/inbox";
			notifications.add(event.fromCaseworker(), NotificationKind.TAKEN_OFF, event.caseId(),
					caseName(event.caseId()) + " was given to someone else", link, "taken-off:" + move);
		}
	}

	@ApplicationModuleListener
	void on(ClosureApproved event) {
		notifications.add(event.requestedBy(), NotificationKind.CLOSURE_APPROVED, event.caseId(),
				"Closure of " + caseName(event.caseId()) + " approved", caseLink(event.caseId()),
				"closure-decided:" + event.requestId());
	}

	@ApplicationModuleListener
	void on(ClosureRejected event) {
		notifications.add(event.requestedBy(), NotificationKind.CLOSURE_REJECTED, event.caseId(),
				"Closure of " + caseName(event.caseId()) + " rejected", caseLink(event.caseId()),
				"closure-decided:" + event.requestId());
	}

	@ApplicationModuleListener
	void on(ClosureRequested event) {
		String text = "Closure of " + caseName(event.caseId()) + " awaits your approval";
		for (String supervisor : except(directory.supervisorsOf(event.team()), event.requestedBy())) {
			notifications.add(supervisor, NotificationKind.CLOSURE_AWAITING, event.caseId(), text,
					caseLink(event.caseId()), "closure-requested:" + event.requestId());
		}
	}

	@ApplicationModuleListener
	void on(CaseStalled event) {
		String text = caseName(event.caseId()) + (event.reason() == CaseStalled.Reason.NO_PROGRESS
				? " has made no progress for a while" : " has been on its rung for a while");
		String key = "stalled:" + event.caseId() + ":" + event.reason() + ":" + event.since();
		for (String supervisor : directory.supervisorsOf(event.team())) {
			notifications.add(supervisor, NotificationKind.CASE_STALLED, event.caseId(), text, caseLink(event.caseId()),
					key);
		}
	}

	/** The requester cannot be the second person, so they are not asked. */
	@ApplicationModuleListener
	void on(ErasureRequested event) {
		for (String supervisor : except(directory.supervisorsOf(event.team()), event.requestedBy())) {
			notifications.add(supervisor, NotificationKind.ERASURE_AWAITING, null,
					"A client erasure in team " + event.team() + " awaits a second person",
					"/supervision/erasures/" + event.requestId(),
					"erasure:" + event.requestId());
		}
	}

	@ApplicationModuleListener
	void on(LinkingConsentRequested event) {
		notifications.add(event.caseworker(), NotificationKind.CONSENT_REQUEST, event.caseId(),
				"Ask the client of " + caseName(event.caseId()) + " about linking", caseLink(event.caseId()),
				"consent:" + event.suggestionId() + ":" + event.caseId());
	}

	@ApplicationModuleListener
	void on(SuggestionMade event) {
		for (String coordinator : directory.holding(Role.COORDINATOR)) {
			notifications.add(coordinator, NotificationKind.NEW_SUGGESTION, null, "A new link suggestion to decide",
					"/linking", "suggestion:" + event.suggestionId());
		}
	}

	/** "case NC-1", or "a case" once the client is erased (nothing about them is shown then). */
	private String caseName(CaseId caseId) {
		return cases.linkableCase(caseId).map(c -> "case " + c.clientCode()).orElse("a case");
	}

	static String caseLink(CaseId caseId) {
		return "/cases/" + caseId;
	}

	private static List<String> except(List<String> people, String person) {
		return people.stream().filter(p -> !p.equals(person)).toList();
	}
}
