package org.falseos.casework.web.internal.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incident diary tab: entries newest first with their corrections, and "Add an incident". */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class DiaryPages {

	private final Cases cases;

	private final CaseTabs tabs;

	private final LocalInputs inputs;

	DiaryPages(Cases cases, CaseTabs tabs, LocalInputs inputs) {
		this.cases = cases;
		this.tabs = tabs;
		this.inputs = inputs;
	}

	@GetMapping("/cases/{id}/diary")
	String diary(CurrentUser user, @PathVariable String id, Model model) {
		return page(user, CaseId.parse(id), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/incidents")
	String logIncident(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		boolean correction = LocalInputs.blank(form.get("corrects")) != null;
		return tabs.change(user, caseId, "diary", correction ? "Correction added to the diary" : "Incident added",
				flash, response,
				actor -> cases.logIncident(actor, caseId,
						new NewIncident(inputs.dateTime(form.get("occurredAt"), "occurredAt"), form.get("description"),
								LocalInputs.blank(form.get("platform")), LocalInputs.blank(form.get("url")),
								LocalInputs.blank(form.get("perpetratorIdentifier")),
								LocalInputs.entry(form.get("corrects"), "corrects",
										"Choose the diary entry this one corrects."))),
				errors -> page(user, caseId, model, forTheDateInput(errors, form), form));
	}

	// The cases module asks for ISO-8601, which fits the API; this form has a date and time picker.
	private static Map<String, String> forTheDateInput(Map<String, String> errors, Map<String, String> form) {
		if (!errors.containsKey("occurredAt") || LocalInputs.blank(form.get("occurredAt")) != null) {
			return errors;
		}
		var changed = new LinkedHashMap<>(errors);
		changed.put("occurredAt", "Give the date and time it happened.");
		return changed;
	}

	private String page(CurrentUser user, CaseId id, Model model, Map<String, String> errors,
			Map<String, String> values) {
		var file = tabs.frame(user, id, model, errors, values);
		model.addAttribute("newestFirst", file.incidents().reversed());
		return "cases/diary";
	}
}
