package org.falseos.casework.web.internal.cases;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.DataProtection;
import org.falseos.casework.cases.ErasureRequest;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A client's data-protection rights: the subject access export and two-person erasure. */
@RestController
class DataProtectionApi {

	private final DataProtection protection;

	private final Cases cases;

	DataProtectionApi(DataProtection protection, Cases cases) {
		this.protection = protection;
		this.cases = cases;
	}

	@GetMapping("/api/cases/{id}/subject-access-export")
	void export(CurrentUser user, @PathVariable String id, HttpServletResponse response) throws IOException {
		var actor = CaseActors.of(user);
		var caseId = CaseId.parse(id);
		if (!cases.isVisible(actor, caseId)) {
			throw new UnknownCase("No case " + id);
		}
		var client = cases.read(actor, caseId).client();
		Downloads.send(response, "subject-access-" + client.code() + ".zip", -1,
				out -> protection.exportSubjectAccess(actor, client.id(), out));
	}

	@PostMapping("/api/cases/{id}/erasure-requests")
	ResponseEntity<Map<String, String>> requestErasure(CurrentUser user, @PathVariable String id,
			@RequestBody Map<String, String> body) {
		var actor = CaseActors.of(user);
		var client = cases.read(actor, CaseId.parse(id)).client();
		UUID request = protection.requestErasure(actor, client.id(), body.get("reason"));
		return ResponseEntity.created(URI.create("/api/erasure-requests/" + request)).body(Map.of("id", request.toString()));
	}

	@GetMapping("/api/erasure-requests")
	List<ErasureRequest> pending(CurrentUser user) {
		return protection.pendingErasures(CaseActors.of(user));
	}

	@PostMapping("/api/erasure-requests/{requestId}/approve")
	Map<String, String> approve(CurrentUser user, @PathVariable UUID requestId) {
		protection.approveErasure(CaseActors.of(user), requestId);
		return Map.of("id", requestId.toString(), "status", "erased");
	}

	@PostMapping("/api/erasure-requests/{requestId}/decline")
	Map<String, String> decline(CurrentUser user, @PathVariable UUID requestId, @RequestBody Map<String, String> body) {
		protection.declineErasure(CaseActors.of(user), requestId, body.get("note"));
		return Map.of("id", requestId.toString(), "status", "declined");
	}
}
