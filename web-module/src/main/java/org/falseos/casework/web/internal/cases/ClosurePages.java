package org.falseos.casework.web.internal.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closure forms of the case overview (request, decide, close, reopen) and the supervisor's list of requests
 * waiting across their teams. A refusal comes back on the overview with what was typed; errors are named after
 * the form's own field ids, so the error summary links to the right field.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class ClosurePages {

	private final CaseClosures closures;

	private final CaseTabs tabs;

	private final CaseOverviewPages overview;

	ClosurePages(CaseClosures closures, CaseTabs tabs, CaseOverviewPages overview) {
		this.closures = closures;
		this.tabs = tabs;
		this.overview = overview;
	}

	@PostMapping("/cases/{id}/closure-requests")
	String request(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "overview", "Closure requested: a supervisor of the team will decide",
				flash, response, actor -> closures.requestClosure(actor, caseId, form.get("outcome"), form.get("reason")),
				errors -> refused(user, caseId, model, "closure-", errors, form));
	}

	@PostMapping("/cases/{id}/close")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String close(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "overview", "Case closed", flash, response,
				actor -> closures.close(actor, caseId, form.get("outcome"), form.get("reason")),
				errors -> refused(user, caseId, model, "closure-", errors, form));
	}

	@PostMapping("/cases/{id}/closure-requests/{requestId}/approve")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String approve(CurrentUser user, @PathVariable String id, @PathVariable UUID requestId,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "overview", "Closure approved: the case is closed", flash, response,
				actor -> {
					closures.approve(actor, caseId, requestId, form.get("comment"));
					return null;
				}, errors -> refused(user, caseId, model, "decision-", errors, form));
	}

	@PostMapping("/cases/{id}/closure-requests/{requestId}/reject")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String reject(CurrentUser user, @PathVariable String id, @PathVariable UUID requestId,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "overview", "Closure rejected: the case stays open", flash, response,
				actor -> {
					closures.reject(actor, caseId, requestId, form.get("comment"));
					return null;
				}, errors -> refused(user, caseId, model, "decision-", errors, form));
	}

	@PostMapping("/cases/{id}/reopen")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String reopen(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "overview", "Case reopened", flash, response, actor -> {
			closures.reopen(actor, caseId, form.get("reason"));
			return null;
		}, errors -> refused(user, caseId, model, "reopen-", errors, form));
	}

	/** Supervisors: the closure requests waiting in the teams they supervise, oldest first. */
	@GetMapping("/supervision/closures")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String awaiting(CurrentUser user, Model model) {
		model.addAttribute("requests", closures.awaiting(CaseActors.of(user)));
		model.addAttribute("username", user.username());
		return "supervision/closures";
	}

	private String refused(CurrentUser user, CaseId id, Model model, String prefix, Map<String, String> errors,
			Map<String, String> form) {
		Map<String, String> named = new LinkedHashMap<>();
		errors.forEach((field, message) -> named.put(field.equals("form") ? field : prefix + field, message));
		return overview.overview(user, id, model, named, form);
	}
}
