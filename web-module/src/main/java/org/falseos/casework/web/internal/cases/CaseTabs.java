package org.falseos.casework.web.internal.cases;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every tab of the case page shares: the case file for the frame (summary header and tabs), and the
 * post-redirect-get of its forms: a change that stands redirects to its tab with a confirmation; a refusal
 * re-renders the tab with the messages, everything typed and a 4xx.
 */
@Component
class CaseTabs {

	private final Cases cases;

	private final CaseClosures closures;

	CaseTabs(Cases cases, CaseClosures closures) {
		this.cases = cases;
		this.closures = closures;
	}

	/** Reads the case (recording the view) and puts what the frame and a tab's form need in the model. */
	CaseFile frame(CurrentUser user, CaseId id, Model model, Map<String, String> errors, Map<String, ?> values) {
		CaseFile file = cases.read(CaseActors.of(user), id);
		model.addAttribute("file", file);
		// Closed or not, and the requests: every tab shows a closed case's panel and hides its forms.
		model.addAttribute("closure", closures.closure(CaseActors.of(user), id));
		model.addAttribute("closureSupervisor", user.supervises(file.team()));
		model.addAttribute("closureUser", user.username());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return file;
	}

	/** The tab's page again after a refusal: these errors shown, the typed values kept. */
	interface Refused {

		String render(Map<String, String> errors);
	}

	String change(CurrentUser user, CaseId id, String tab, String confirmation, RedirectAttributes flash,
			HttpServletResponse response, CaseStep step, Refused refused) {
		try {
			step.apply(CaseActors.of(user));
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return refused.render(invalid.errors());
		}
		catch (CaseConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused.render(Map.of("form", conflict.getMessage()));
		}
		flash.addFlashAttribute("confirmation", confirmation);
		return "redirect:" + path(id, tab);
	}

	/** The address of a tab: the overview is the case's own address. */
	static String path(CaseId id, String tab) {
		return "/cases/" + id + (tab.equals("overview") ? "" : "/" + tab);
	}

	/** One form's action on the case; refusals are turned into the page's error messages. */
	interface CaseStep {

		Object apply(Actor actor);
	}
}
