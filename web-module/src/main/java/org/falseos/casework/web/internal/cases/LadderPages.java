package org.falseos.casework.web.internal.cases;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.LadderPosition;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The escalation ladder tab: where the case stands, the guide's next step, the history and "Move on the ladder". */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class LadderPages {

	private final Cases cases;

	private final CaseTabs tabs;

	LadderPages(Cases cases, CaseTabs tabs) {
		this.cases = cases;
		this.tabs = tabs;
	}

	@GetMapping("/cases/{id}/ladder")
	String ladder(CurrentUser user, @PathVariable String id, Model model) {
		return page(user, CaseId.parse(id), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/escalation")
	String escalate(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "ladder", "Moved to rung " + String.valueOf(form.get("rung")).strip(), flash,
				response, actor -> {
					int to = rung(form.get("rung"), "rung", "Choose the rung the case moves to.");
					int from = rung(form.get("fromRung"), "fromRung",
							"The form did not say which rung it showed; reload the page and try again.");
					cases.escalate(actor, caseId, from, to, form.get("note"));
					return null;
				}, errors -> page(user, caseId, model, errors, form));
	}

	/** The form carries the rung it shows, re-read on every rendering, so a refused stale move shows the new one. */
	private String page(CurrentUser user, CaseId id, Model model, Map<String, String> errors,
			Map<String, String> values) {
		var file = tabs.frame(user, id, model, errors, values);
		var ladder = cases.ladderPosition(CaseActors.of(user), id);
		model.addAttribute("ladder", ladder.orElse(null));
		model.addAttribute("rungs", ladder.map(LadderPosition::ladder).orElse(List.of()));
		model.addAttribute("history", file.escalations().reversed());
		return "cases/ladder";
	}

	private static int rung(String value, String field, String message) {
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException | NullPointerException e) {
			throw InvalidCaseInput.of(field, message);
		}
	}
}
