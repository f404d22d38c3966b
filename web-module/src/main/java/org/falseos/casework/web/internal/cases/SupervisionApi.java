package org.falseos.casework.web.internal.cases;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.web.internal.cases.CaseRequests.AddSupervisionNote;
import org.falseos.casework.web.internal.cases.CaseRequests.MoveToTeam;
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
 * Supervision on a case in JSON: team moves and supervision notes (reassignment within the team is
 * {@code POST /api/cases/{id}/assignee}, in {@link CaseApi}). Supervisors of the case's team act; its caseworkers
 * and supervisors read. A case the caller may not see is a 404.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class SupervisionApi {

	private final CaseSupervision supervision;

	SupervisionApi(CaseSupervision supervision) {
		this.supervision = supervision;
	}

	@PostMapping("/team")
	@PreAuthorize("hasRole('SUPERVISOR')")
	Map<String, String> moveToTeam(CurrentUser user, @PathVariable String id, @RequestBody MoveToTeam request) {
		supervision.moveToTeam(CaseActors.of(user), CaseId.parse(id), request.team(), request.caseworker(),
				request.reason());
		return Map.of("team", request.team().strip(), "assignedTo", request.caseworker().strip());
	}

	@PostMapping("/supervision-notes")
	@PreAuthorize("hasRole('SUPERVISOR')")
	ResponseEntity<Map<String, String>> addNote(CurrentUser user, @PathVariable String id,
			@RequestBody AddSupervisionNote request) {
		UUID note = supervision.addNote(CaseActors.of(user), CaseId.parse(id), request.note(), request.reviewBy(),
				Boolean.TRUE.equals(request.reviewDone()));
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/supervision-notes/" + note))
			.body(Map.of("id", note.toString()));
	}

	/** {@code {"reviewBy", "notes": [{"id", "note", "reviewBy", "writtenBy", "writtenAt"}]}}, newest first. */
	@GetMapping("/supervision-notes")
	Map<String, Object> notes(CurrentUser user, @PathVariable String id) {
		var record = supervision.record(CaseActors.of(user), CaseId.parse(id));
		var body = new java.util.LinkedHashMap<String, Object>();
		body.put("reviewBy", record.reviewBy());
		body.put("notes", record.notes());
		return body;
	}

	/** The case's hand-overs, newest first, team moves among them. */
	@GetMapping("/reassignments")
	List<CaseSupervision.Reassignment> reassignments(CurrentUser user, @PathVariable String id) {
		return supervision.record(CaseActors.of(user), CaseId.parse(id)).reassignments();
	}
}
