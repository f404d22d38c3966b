package org.falseos.casework.web.internal.cases;

import java.util.Map;

import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseClosures;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.EvidenceId;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.PoliceConsentOverride;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the Evidence tab and the evidence item page show, fresh or with a refused form's errors and values. */
@Component
class EvidenceViews {

	// Where each refused field is on the page, for the error summary's links.
	static final Map<String, String> FIELDS = Map.of("file", "evidence-file", "method", "evidence-method", "platform",
			"evidence-platform", "usernameShown", "evidence-username", "sourceUrl", "evidence-source", "capturedAt",
			"evidence-captured", "bundle", "bundle", "form", "main");

	private final Cases cases;

	private final EvidenceLocker locker;

	private final CaseClosures closures;

	EvidenceViews(Cases cases, EvidenceLocker locker, CaseClosures closures) {
		this.cases = cases;
		this.locker = locker;
		this.closures = closures;
	}

	String tab(CurrentUser user, CaseId id, Model model, String formName, Map<String, String> errors,
			Map<String, String> values) {
		var actor = CaseActors.of(user);
		var file = cases.read(actor, id);
		var overrides = cases.policeConsentOverrides(actor, id);
		model.addAttribute("file", file);
		model.addAttribute("closure", closures.closure(actor, id));
		model.addAttribute("evidence", locker.list(actor, id));
		model.addAttribute("policeOverrides", overrides);
		model.addAttribute("policeConsent", file.client().hasConsented(ConsentKind.POLICE));
		model.addAttribute("overrideStanding", overrides.stream().anyMatch(PoliceConsentOverride::isPending));
		model.addAttribute("maySupervise", user.supervisedTeams().contains(file.team()));
		model.addAttribute("captureMethods", CaptureMethod.values());
		model.addAttribute("fieldIds", "override".equals(formName) ? Map.of("reason", "override-reason", "form", "main")
				: FIELDS);
		common(model, formName, errors, values);
		return "cases/evidence";
	}

	String item(CurrentUser user, CaseId id, EvidenceId evidenceId, Model model, Map<String, String> errors,
			Map<String, String> values) {
		var actor = CaseActors.of(user);
		var file = cases.read(actor, id);
		model.addAttribute("file", file);
		model.addAttribute("closure", closures.closure(actor, id));
		model.addAttribute("item", locker.record(actor, id, evidenceId));
		model.addAttribute("custody", locker.custody(actor, id, evidenceId));
		model.addAttribute("maySupervise", user.supervisedTeams().contains(file.team()));
		model.addAttribute("fieldIds", Map.of("reason", "delete-reason", "form", "main"));
		common(model, errors.isEmpty() ? null : "delete", errors, values);
		return "cases/evidence-item";
	}

	private static void common(Model model, String formName, Map<String, String> errors, Map<String, String> values) {
		model.addAttribute("failedForm", formName);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
	}
}
