package org.falseos.casework.web.internal.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaptureMethod;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ConsentKind;
import org.falseos.casework.cases.PoliceConsentOverride;
import org.falseos.casework.cases.EvidenceLocker;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is left of the old one-page case: the case list and the forms that other pages take over (identifiers,
 * reference numbers, the police consent override). A refusal of those, or of an evidence form, re-renders an
 * interim page with the case frame and that form, the message next to the field and a 4xx, so nothing typed is
 * lost. The case's tabs live in {@link CaseOverviewPages}, {@link DiaryPages}, {@link LadderPages},
 * {@link TaskPages} and {@link ActivityPages}; intake in {@link IntakePages}.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CasePages {

	static final ZoneId LOCAL = ZoneId.of("Europe/London");

	private final Cases cases;

	private final EvidenceLocker locker;

	CasePages(Cases cases, EvidenceLocker locker) {
		this.cases = cases;
		this.locker = locker;
	}

	@GetMapping("/cases")
	String myCases(CurrentUser user, Model model) {
		model.addAttribute("cases", cases.visibleTo(CaseActors.of(user), 200));
		model.addAttribute("today", LocalDate.now(LOCAL));
		return "cases/list";
	}

	@PostMapping("/cases/{id}/identifiers")
	String recordIdentifier(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response) {
		return step(user, id, "identifier", form, model, response, actor -> cases.recordIdentifier(actor,
				CaseId.parse(id), new NewIdentifier(IdentifierKind.fromSlug(form.get("kind")),
						blank(form.get("platform")), form.get("value"))));
	}

	@PostMapping("/cases/{id}/reference-numbers")
	String recordReference(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response) {
		return step(user, id, "reference", form, model, response, actor -> cases.recordReferenceNumber(actor,
				CaseId.parse(id), new NewReferenceNumber(form.get("agency"), form.get("number"),
						date(form.get("obtainedOn"), "obtainedOn"), blank(form.get("officer")),
						blank(form.get("contactRoute")), blank(form.get("notes")))));
	}

	private String step(CurrentUser user, String id, String formName, Map<String, String> form, Model model,
			HttpServletResponse response, CaseStep step) {
		var actor = CaseActors.of(user);
		try {
			step.apply(actor);
			return "redirect:/cases/" + id + "#" + formName;
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(user, CaseId.parse(id), model, formName, invalid.errors(), form);
		}
		catch (CaseConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return render(user, CaseId.parse(id), model, formName, Map.of("form", conflict.getMessage()), form);
		}
	}

	/** The case frame with one form's refusal shown next to its fields and a 4xx (until those forms move out). */
	String render(CurrentUser user, CaseId id, Model model, String formName, Map<String, String> errors,
			Map<String, String> values) {
		var actor = CaseActors.of(user);
		var file = cases.read(actor, id);
		model.addAttribute("file", file);
		model.addAttribute("evidence", locker.list(actor, id));
		var overrides = cases.policeConsentOverrides(actor, id);
		model.addAttribute("policeOverrides", overrides);
		model.addAttribute("policeConsent", file.client().hasConsented(ConsentKind.POLICE));
		model.addAttribute("overrideStanding", overrides.stream().anyMatch(PoliceConsentOverride::isPending));
		model.addAttribute("maySupervise", user.supervisedTeams().contains(file.team()));
		model.addAttribute("captureMethods", CaptureMethod.values());
		model.addAttribute("failedForm", formName);
		model.addAttribute("activeTab", formName.equals("identifier") || formName.equals("reference") ? "references"
				: "evidence");
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("identifierKinds", IdentifierKind.values());
		return "cases/case-interim";
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of(field, "Give a date like 2026-11-20.");
		}
		PlausibleDates.problem(date).ifPresent(problem -> {
			throw InvalidCaseInput.of(field, problem);
		});
		return date;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One form's action on the case; refusals are turned into the page's error messages. */
	interface CaseStep {

		Object apply(Actor actor);
	}
}
