package org.falseos.casework.web.internal.cases;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case's overview tab (facts, the supervisor's latest notes, offences, consents and the next tasks) and its references tab (lists only). */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CaseOverviewPages {

	private final Cases cases;

	private final CaseTabs tabs;

	private final CaseSupervision supervision;

	CaseOverviewPages(Cases cases, CaseTabs tabs, CaseSupervision supervision) {
		this.cases = cases;
		this.tabs = tabs;
		this.supervision = supervision;
	}

	@GetMapping("/cases/{id}")
	String overview(CurrentUser user, @PathVariable String id, Model model) {
		return overview(user, CaseId.parse(id), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/consents")
	String recordConsent(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		String kind = form.getOrDefault("kind", "").strip().toLowerCase(Locale.ROOT);
		String answer = "true".equals(form.get("given")) ? "given" : "refused";
		return tabs.change(user, caseId, "overview", "Consent recorded: " + kind + " " + answer, flash, response,
				actor -> {
					cases.recordConsent(actor, caseId, ConsentKind.fromSlug(form.get("kind")), given(form.get("given")));
					return null;
				}, errors -> overview(user, caseId, model, errors, form));
	}

	@GetMapping("/cases/{id}/references")
	String references(CurrentUser user, @PathVariable String id, Model model) {
		tabs.frame(user, CaseId.parse(id), model, Map.of(), Map.of());
		return "cases/references";
	}

	String overview(CurrentUser user, CaseId id, Model model, Map<String, String> errors,
			Map<String, String> values) {
		var file = tabs.frame(user, id, model, errors, values);
		model.addAttribute("policeOverrides", cases.policeConsentOverrides(CaseActors.of(user), id));
		var supervisionRecord = supervision.record(CaseActors.of(user), id);
		model.addAttribute("supervisionRecord", supervisionRecord);
		model.addAttribute("latestNotes", supervisionRecord.notes().stream().limit(3).toList());
		model.addAttribute("nextTasks", file.tasks().stream().filter(task -> task.doneAt() == null).limit(3).toList());
		return "cases/overview";
	}

	// The form sends exactly "true" or "false"; anything else is not an answer, not a refusal.
	private static boolean given(String value) {
		if (!"true".equals(value) && !"false".equals(value)) {
			throw InvalidCaseInput.of("given", "Say whether consent is given or refused.");
		}
		return Boolean.parseBoolean(value);
	}
}
