package org.falseos.casework.cases.dataprotection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientErased;
import org.falseos.casework.cases.ClientId;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.ErasureRequest;
import org.falseos.casework.cases.ErasureRequested;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.cases.evidence.HeldEvidence;
import org.falseos.casework.cases.internal.AuditLog;
import org.falseos.casework.cases.internal.CaseAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClientDataProtection implements DataProtection {

	private final CaseAccess access;

	private final ClientRecords records;

	private final ErasureRequests requests;

	private final ClientErasure erasure;

	private final HeldEvidence evidence;

	private final SubjectAccessExport subjectAccess;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ClientDataProtection(CaseAccess access, ClientRecords records, ErasureRequests requests, ClientErasure erasure,
			HeldEvidence evidence, SubjectAccessExport subjectAccess, AuditLog audit, ApplicationEventPublisher events) {
		this.access = access;
		this.records = records;
		this.requests = requests;
		this.erasure = erasure;
		this.evidence = evidence;
		this.subjectAccess = subjectAccess;
		this.audit = audit;
		this.events = events;
	}

	// Not transactional: the export streams files for as long as the client takes to receive them.
	@Override
	public void exportSubjectAccess(Actor actor, ClientId clientId, OutputStream out) throws IOException {
		subjectAccess.write(actor, clientId, out);
	}

	@Override
	@Transactional
	public UUID requestErasure(Actor actor, ClientId clientId, String reason) {
		String team = access.requireClientVisible(actor, clientId);
		if (reason == null || reason.isBlank() || reason.length() > 2_000) {
			throw InvalidCaseInput.of("reason", "Say, in up to 2,000 characters, who asked for the erasure and how.");
		}
		UUID id = requests.insert(clientId, reason.strip(), actor.username()).orElseThrow(() -> new CaseConflict(
				"An erasure of this client is already waiting for a supervisor's decision."));
		records.casesOf(clientId).forEach(caseId -> audit.record(caseId, clientId, actor.username(),
				"ERASURE_REQUESTED", null));
		events.publishEvent(new ErasureRequested(id, clientId, team, actor.username()));
		return id;
	}

	@Override
	@Transactional
	public void approveErasure(Actor actor, UUID requestId) {
		var request = pending(actor, requestId, "approve an erasure");
		if (request.requestedBy().equals(actor.username())) {
			throw new NotPermitted("You asked for this erasure; another supervisor of the team must approve it.");
		}
		ClientId clientId = request.clientId();
		List<CaseId> caseIds = records.lockCasesOf(clientId);
		List<EvidenceId> files = new ArrayList<>();
		caseIds.forEach(caseId -> files.addAll(evidence.eraseRecords(caseId, actor.username())));
		erasure.clear(clientId, caseIds, request.requestedBy(), actor.username());
		requests.decide(requestId, ErasureRequest.State.APPROVED, actor.username(), null);
		caseIds.forEach(caseId -> audit.record(caseId, clientId, actor.username(), "CLIENT_ERASED",
				"requested by " + request.requestedBy()));
		events.publishEvent(new ClientErased(clientId, caseIds));
		// Last, so that a file that cannot be destroyed rolls the erasure back and it can be approved again.
		evidence.destroy(files);
	}

	@Override
	@Transactional
	public void declineErasure(Actor actor, UUID requestId, String note) {
		var request = pending(actor, requestId, "decline an erasure");
		if (note != null && note.length() > 2_000) {
			throw InvalidCaseInput.of("note", "The note is limited to 2,000 characters.");
		}
		requests.decide(requestId, ErasureRequest.State.DECLINED, actor.username(), note == null ? null : note.strip());
		records.casesOf(request.clientId()).forEach(caseId -> audit.record(caseId, request.clientId(),
				actor.username(), "ERASURE_DECLINED", null));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ErasureRequest> pendingErasures(Actor actor) {
		return actor.isSupervisor() ? requests.pendingIn(actor.supervisedTeams()) : List.of();
	}

	private ErasureRequest pending(Actor actor, UUID requestId, String step) {
		var request = requests.lock(requestId).filter(found -> CaseAccess.maySee(actor, found.team()))
			.orElseThrow(() -> new UnknownCase("No erasure request " + requestId));
		CaseAccess.requireSupervisorOf(actor, request.team(), step);
		if (request.state() != ErasureRequest.State.PENDING) {
			throw new CaseConflict("This erasure request has already been " + request.state().name().toLowerCase() + ".");
		}
		return request;
	}
}
