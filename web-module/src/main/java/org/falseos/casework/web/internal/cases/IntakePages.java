package org.falseos.casework.web.internal.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Intake: a caseworker opens a case. A refused intake comes back with every box ticked and every word typed. */
@Controller
@PreAuthorize("hasRole('CASEWORKER')")
class IntakePages {

	static final List<String> HARMS = List.of("threats", "stalking", "doxxing", "impersonation", "extortion", "fraud",
			"defamation");

	private final Cases cases;

	private final Guidance guidance;

	IntakePages(Cases cases, Guidance guidance) {
		this.cases = cases;
		this.guidance = guidance;
	}

	@GetMapping("/cases/new")
	String intake(CurrentUser user, Model model) {
		return page(user, model, Map.of(), new LinkedMultiValueMap<>());
	}

	@PostMapping("/cases")
	String open(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		var request = new NewCase(form.getFirst("clientCode"), form.getFirst("jurisdiction"), form.getFirst("summary"),
				form.getFirst("team"), LocalInputs.blank(form.getFirst("clientName")),
				LocalInputs.blank(form.getFirst("clientContact")), LocalInputs.blank(form.getFirst("safeContactNotes")),
				harms(form.get("harmTypes")), LocalInputs.blank(form.getFirst("perpetratorCountry")),
				form.containsKey("doxxedAddress"), form.containsKey("swattingRisk"));
		try {
			CaseId id = cases.open(CaseActors.of(user), request);
			flash.addFlashAttribute("confirmation", "Case opened");
			return "redirect:/cases/" + id;
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(user, model, invalid.errors(), form);
		}
	}

	private String page(CurrentUser user, Model model, Map<String, String> errors, MultiValueMap<String, String> form) {
		model.addAttribute("teams", user.teams());
		model.addAttribute("jurisdictions", guidance.jurisdictions());
		model.addAttribute("harms", HARMS);
		model.addAttribute("errors", errors);
		model.addAttribute("values", form.toSingleValueMap());
		model.addAttribute("ticked", harms(form.get("harmTypes")));
		// The optional contact details stay open when anything was typed in them, so the user sees it was kept.
		model.addAttribute("contactTyped", List.of("clientName", "clientContact", "safeContactNotes").stream()
			.anyMatch(field -> LocalInputs.blank(form.getFirst(field)) != null));
		return "cases/intake";
	}

	private static Set<String> harms(List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}
}
