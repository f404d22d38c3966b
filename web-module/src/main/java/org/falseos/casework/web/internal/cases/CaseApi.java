package org.falseos.casework.web.internal.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.falseos.casework.cases.AuditEntry;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.web.internal.cases.CaseRequests.AddTask;
import org.falseos.casework.web.internal.cases.CaseRequests.Escalate;
import org.falseos.casework.web.internal.cases.CaseRequests.LogIncident;
import org.falseos.casework.web.internal.cases.CaseRequests.OpenCase;
import org.falseos.casework.web.internal.cases.CaseRequests.Reassign;
import org.falseos.casework.web.internal.cases.CaseRequests.OverridePoliceConsent;
import org.falseos.casework.web.internal.cases.CaseRequests.RecordConsent;
import org.falseos.casework.web.internal.cases.CaseRequests.RecordIdentifier;
import org.falseos.casework.web.internal.cases.CaseRequests.RecordReferenceNumber;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case JSON API. Caseworkers and supervisors only; a case the caller may not see is a 404. */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CaseApi {

	private final Cases cases;

	private final CaseSupervision supervision;

	CaseApi(Cases cases, CaseSupervision supervision) {
		this.cases = cases;
		this.supervision = supervision;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> open(CurrentUser user, @RequestBody OpenCase request) {
		CaseId id = cases.open(CaseActors.of(user), request.toNewCase());
		return ResponseEntity.created(URI.create("/api/cases/" + id)).body(Map.of("id", id.toString()));
	}

	@GetMapping
	List<CaseSummary> visible(CurrentUser user, @RequestParam(defaultValue = "100") int limit) {
		return cases.visibleTo(CaseActors.of(user), limit);
	}

	@GetMapping("/{id}")
	CaseView read(CurrentUser user, @PathVariable String id) {
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		return CaseView.of(cases.read(actor, caseId), cases.ladderPosition(actor, caseId).orElse(null));
	}

	@PostMapping("/{id}/incidents")
	ResponseEntity<Map<String, String>> logIncident(CurrentUser user, @PathVariable String id,
			@RequestBody LogIncident request) {
		UUID incident = cases.logIncident(CaseActors.of(user), CaseId.parse(id), new NewIncident(request.occurredAt(),
				request.description(), request.platform(), request.url(), request.perpetratorIdentifier(),
				request.corrects()));
		return created(id, "incidents", incident);
	}

	@PostMapping("/{id}/identifiers")
	ResponseEntity<Map<String, String>> recordIdentifier(CurrentUser user, @PathVariable String id,
			@RequestBody RecordIdentifier request) {
		UUID identifier = cases.recordIdentifier(CaseActors.of(user), CaseId.parse(id),
				new NewIdentifier(IdentifierKind.fromSlug(request.kind()), request.platform(), request.value()));
		return created(id, "identifiers", identifier);
	}

	@PostMapping("/{id}/reference-numbers")
	ResponseEntity<Map<String, String>> recordReferenceNumber(CurrentUser user, @PathVariable String id,
			@RequestBody RecordReferenceNumber request) {
		UUID reference = cases.recordReferenceNumber(CaseActors.of(user), CaseId.parse(id),
				new NewReferenceNumber(request.agency(), request.number(), request.obtainedOn(), request.officer(),
						request.contactRoute(), request.notes()));
		return created(id, "reference-numbers", reference);
	}

	@PostMapping("/{id}/consents")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> recordConsent(CurrentUser user, @PathVariable String id, @RequestBody RecordConsent request) {
		if (request.given() == null) {
			throw InvalidCaseInput.of("given", "Say whether consent is given (true) or refused/withdrawn (false).");
		}
		var kind = ConsentKind.fromSlug(request.kind());
		cases.recordConsent(CaseActors.of(user), CaseId.parse(id), kind, request.given());
		return Map.of("kind", kind.name().toLowerCase(), "given", request.given());
	}

	@PostMapping("/{id}/police-consent-override")
	@PreAuthorize("hasRole('SUPERVISOR')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> overridePoliceConsent(CurrentUser user, @PathVariable String id,
			@RequestBody OverridePoliceConsent request) {
		cases.overridePoliceConsent(CaseActors.of(user), CaseId.parse(id), request.reason());
		return Map.of("consent", "police", "reason", request.reason().strip(), "status", "override recorded");
	}

	@PostMapping("/{id}/escalation")
	Map<String, Object> escalate(CurrentUser user, @PathVariable String id, @RequestBody Escalate request) {
		if (request.rung() == null) {
			throw InvalidCaseInput.of("rung", "Choose the rung of the ladder the case moves to.");
		}
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		if (request.fromRung() == null) {
			cases.escalate(actor, caseId, request.rung(), request.note());
		}
		else {
			cases.escalate(actor, caseId, request.fromRung(), request.rung(), request.note());
		}
		return Map.of("rung", request.rung(), "ladder", cases.ladderPosition(actor, caseId).orElseThrow());
	}

	@PostMapping("/{id}/tasks")
	ResponseEntity<Map<String, String>> addTask(CurrentUser user, @PathVariable String id, @RequestBody AddTask request) {
		UUID task = cases.addTask(CaseActors.of(user), CaseId.parse(id), request.title(), request.dueOn());
		return created(id, "tasks", task);
	}

	@PostMapping("/{id}/tasks/{taskId}/done")
	Map<String, String> completeTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId) {
		cases.completeTask(CaseActors.of(user), CaseId.parse(id), taskId);
		return Map.of("id", taskId.toString(), "status", "done");
	}

	@PostMapping("/{id}/assignee")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Map<String, String> reassign(CurrentUser user, @PathVariable String id, @RequestBody Reassign request) {
		supervision.reassign(CaseActors.of(user), CaseId.parse(id), request.caseworker(), request.reason());
		return Map.of("assignedTo", request.caseworker().strip());
	}

	@GetMapping("/{id}/audit")
	@PreAuthorize("hasRole('SUPERVISOR')")
	List<AuditEntry> audit(CurrentUser user, @PathVariable String id) {
		return cases.auditTrail(CaseActors.of(user), CaseId.parse(id));
	}

	private static ResponseEntity<Map<String, String>> created(String caseId, String collection, UUID id) {
		return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/" + collection + "/" + id))
			.body(Map.of("id", id.toString()));
	}
}
