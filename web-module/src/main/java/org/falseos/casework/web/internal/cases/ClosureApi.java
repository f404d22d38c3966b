package org.falseos.casework.web.internal.cases;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseClosures.Closure;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closure by approval over JSON: a request with an outcome and a reason, a supervisor's decision, the supervisor's
 * own closing and reopening. Who may decide is the cases module's to say (403 with the reason, 404 for a case or
 * request the caller may not see).
 */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class ClosureApi {

	private final CaseClosures closures;

	ClosureApi(CaseClosures closures) {
		this.closures = closures;
	}

	record Closing(String outcome, String reason) {
	}

	record Decision(String comment) {
	}

	record Reopening(String reason) {
	}

	@PostMapping("/closure-requests")
	ResponseEntity<Map<String, String>> request(CurrentUser user, @PathVariable String id, @RequestBody Closing body) {
		UUID request = closures.requestClosure(CaseActors.of(user), CaseId.parse(id), body.outcome(), body.reason());
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/closure-requests/" + request))
			.body(Map.of("id", request.toString(), "state", CaseClosures.State.PENDING.name()));
	}

	@GetMapping("/closure-requests")
	Closure requests(CurrentUser user, @PathVariable String id) {
		return closures.closure(CaseActors.of(user), CaseId.parse(id));
	}

	@PostMapping("/closure-requests/{requestId}/approve")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Map<String, String> approve(CurrentUser user, @PathVariable String id, @PathVariable UUID requestId,
			@RequestBody(required = false) Decision body) {
		closures.approve(CaseActors.of(user), CaseId.parse(id), requestId, body == null ? null : body.comment());
		return Map.of("id", requestId.toString(), "state", CaseClosures.State.APPROVED.name());
	}

	@PostMapping("/closure-requests/{requestId}/reject")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Map<String, String> reject(CurrentUser user, @PathVariable String id, @PathVariable UUID requestId,
			@RequestBody(required = false) Decision body) {
		closures.reject(CaseActors.of(user), CaseId.parse(id), requestId, body == null ? null : body.comment());
		return Map.of("id", requestId.toString(), "state", CaseClosures.State.REJECTED.name());
	}

	/** A supervisor of the team closes at once (an approved request of their own); anyone else is told to ask. */
	@PostMapping("/close")
	Map<String, String> close(CurrentUser user, @PathVariable String id, @RequestBody(required = false) Closing body) {
		var closing = body == null ? new Closing(null, null) : body;
		UUID request = closures.close(CaseActors.of(user), CaseId.parse(id), closing.outcome(), closing.reason());
		return Map.of("status", "CLOSED", "requestId", request.toString());
	}

	@PostMapping("/reopen")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Map<String, String> reopen(CurrentUser user, @PathVariable String id, @RequestBody(required = false) Reopening body) {
		closures.reopen(CaseActors.of(user), CaseId.parse(id), body == null ? null : body.reason());
		return Map.of("status", "OPEN");
	}
}
