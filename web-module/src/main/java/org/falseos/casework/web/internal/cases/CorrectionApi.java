package org.falseos.casework.web.internal.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.falseos.casework.cases.CaseCorrections;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.ClientDetails;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.cases.OffenceChoice;
import org.falseos.casework.web.internal.cases.CorrectionRequests.ChangeOffences;
import org.falseos.casework.web.internal.cases.CorrectionRequests.CorrectClientDetails;
import org.falseos.casework.web.internal.cases.CorrectionRequests.CorrectIdentifier;
import org.falseos.casework.web.internal.cases.CorrectionRequests.CorrectReferenceNumber;
import org.falseos.casework.web.internal.cases.CorrectionRequests.CorrectTask;
import org.falseos.casework.web.internal.cases.CorrectionRequests.Withdrawal;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections and withdrawals over the API, each with a reason: 200 and the new entry, 400 naming the field, 404
 * for a case or entry the caller cannot see, 409 for an entry already withdrawn or corrected.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CorrectionApi {

	private final CaseCorrections corrections;

	CorrectionApi(CaseCorrections corrections) {
		this.corrections = corrections;
	}

	@PostMapping("/reference-numbers/{refId}/correction")
	CaseFile.ReferenceNumber correctReferenceNumber(CurrentUser user, @PathVariable String id,
			@PathVariable UUID refId, @RequestBody CorrectReferenceNumber request) {
		return corrections.correctReferenceNumber(CaseActors.of(user), CaseId.parse(id), refId,
				new NewReferenceNumber(request.agency(), request.number(), request.obtainedOn(), request.officer(),
						request.contactRoute(), request.notes()),
				request.reason());
	}

	@PostMapping("/reference-numbers/{refId}/withdrawal")
	Map<String, String> withdrawReferenceNumber(CurrentUser user, @PathVariable String id, @PathVariable UUID refId,
			@RequestBody Withdrawal request) {
		corrections.withdrawReferenceNumber(CaseActors.of(user), CaseId.parse(id), refId, request.reason());
		return withdrawn(refId, request);
	}

	@PostMapping("/identifiers/{identifierId}/correction")
	CaseFile.Identifier correctIdentifier(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			@RequestBody CorrectIdentifier request) {
		return corrections.correctIdentifier(CaseActors.of(user), CaseId.parse(id), identifierId,
				new NewIdentifier(IdentifierKind.fromSlug(request.kind()), request.platform(), request.value()),
				request.reason());
	}

	@PostMapping("/identifiers/{identifierId}/withdrawal")
	Map<String, String> withdrawIdentifier(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			@RequestBody Withdrawal request) {
		corrections.withdrawIdentifier(CaseActors.of(user), CaseId.parse(id), identifierId, request.reason());
		return withdrawn(identifierId, request);
	}

	@PutMapping("/offences")
	Map<String, List<CaseFile.OffenceConsidered>> changeOffences(CurrentUser user, @PathVariable String id,
			@RequestBody ChangeOffences request) {
		List<OffenceChoice> offences = request.offences() == null ? null : request.offences().stream()
			.map(offence -> new OffenceChoice(offence.offenceId(), offence.reason())).toList();
		return Map.of("offences",
				corrections.changeOffences(CaseActors.of(user), CaseId.parse(id), offences, request.reason()));
	}

	@PostMapping("/client/correction")
	CaseFile.Client correctClientDetails(CurrentUser user, @PathVariable String id,
			@RequestBody CorrectClientDetails request) {
		return corrections.correctClientDetails(CaseActors.of(user), CaseId.parse(id),
				new ClientDetails(request.name(), request.contact(), request.safeContactNotes(),
						Boolean.TRUE.equals(request.doxxedAddress()), Boolean.TRUE.equals(request.swattingRisk())),
				request.reason());
	}

	@PostMapping("/tasks/{taskId}/correction")
	CaseFile.Task correctTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId,
			@RequestBody CorrectTask request) {
		return corrections.correctTask(CaseActors.of(user), CaseId.parse(id), taskId, request.title(),
				request.dueOn(), request.reason());
	}

	@PostMapping("/tasks/{taskId}/withdrawal")
	Map<String, String> withdrawTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId,
			@RequestBody Withdrawal request) {
		corrections.withdrawTask(CaseActors.of(user), CaseId.parse(id), taskId, request.reason());
		return withdrawn(taskId, request);
	}

	private static Map<String, String> withdrawn(UUID entry, Withdrawal request) {
		return Map.of("id", entry.toString(), "status", "withdrawn", "reason", request.reason().strip());
	}
}
