package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.falseos.casework.cases.NewCase;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewIncident;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.ItemKind;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Caseworkers' pages: my cases, intake, the case page and its forms. Every form posts back here; a refusal
 * re-renders the page with the message next to the field and a 4xx status, so nothing typed is lost.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CasePages {

	static final ZoneId LOCAL = ZoneId.of("Europe/London");

	private final Cases cases;

	private final Guidance guidance;

	private final EvidenceLocker locker;

	CasePages(Cases cases, Guidance guidance, EvidenceLocker locker) {
		this.cases = cases;
		this.guidance = guidance;
		this.locker = locker;
	}

	@GetMapping("/cases/new")
	@PreAuthorize("hasRole('CASEWORKER')")
	String intake(CurrentUser user, Model model) {
		return intakePage(user, model, Map.of(), Map.of());
	}

	@PostMapping("/cases")
	@PreAuthorize("hasRole('CASEWORKER')")
	String open(CurrentUser user, @RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		var request = new NewCase(form.getFirst("clientCode"), form.getFirst("jurisdiction"), form.getFirst("summary"),
				form.getFirst("team"), blank(form.getFirst("clientName")), blank(form.getFirst("clientContact")),
				blank(form.getFirst("safeContactNotes")), harms(form.get("harmTypes")),
				blank(form.getFirst("perpetratorCountry")), form.containsKey("doxxedAddress"),
				form.containsKey("swattingRisk"));
		try {
			CaseId id = cases.open(CaseActors.of(user), request);
			return "redirect:/cases/" + id;
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return intakePage(user, model, invalid.errors(), form.toSingleValueMap());
		}
	}

	@GetMapping("/cases/{id}")
	String casePage(CurrentUser user, @PathVariable String id, Model model) {
		return render(user, CaseId.parse(id), model, null, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/incidents")
	String logIncident(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		return step(user, id, "incident", form, model, response, actor -> cases.logIncident(actor, CaseId.parse(id),
				new NewIncident(localTime(form.get("occurredAt")), form.get("description"), blank(form.get("platform")),
						blank(form.get("url")), blank(form.get("perpetratorIdentifier")),
						entry(form.get("corrects")))));
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

	@PostMapping("/cases/{id}/consents")
	String recordConsent(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response) {
		return step(user, id, "consent", form, model, response, actor -> {
			cases.recordConsent(actor, CaseId.parse(id), ConsentKind.fromSlug(form.get("kind")), given(form.get("given")));
			return null;
		});
	}

	@PostMapping("/cases/{id}/police-consent-override")
	@PreAuthorize("hasRole('SUPERVISOR')")
	String overridePoliceConsent(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, HttpServletResponse response) {
		return step(user, id, "override", form, model, response, actor -> {
			cases.overridePoliceConsent(actor, CaseId.parse(id), form.get("reason"));
			return null;
		});
	}

	@PostMapping("/cases/{id}/escalation")
	String escalate(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		return step(user, id, "escalation", form, model, response, actor -> {
			cases.escalate(actor, CaseId.parse(id), rung(form.get("rung")), form.get("note"));
			return null;
		});
	}

	@PostMapping("/cases/{id}/tasks")
	String addTask(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		return step(user, id, "task", form, model, response,
				actor -> cases.addTask(actor, CaseId.parse(id), form.get("title"), date(form.get("dueOn"), "dueOn")));
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/done")
	String completeTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId) {
		cases.completeTask(CaseActors.of(user), CaseId.parse(id), taskId);
		return "redirect:/cases/" + id + "#tasks";
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

	/** The case page again, with one form's refusal shown next to its fields and a 4xx. */
	String render(CurrentUser user, CaseId id, Model model, String formName, Map<String, String> errors,
			Map<String, String> values) {
		var actor = CaseActors.of(user);
		var file = cases.read(actor, id);
		model.addAttribute("file", file);
		model.addAttribute("ladder", cases.ladderPosition(actor, id).orElse(null));
		model.addAttribute("evidence", locker.list(actor, id));
		var overrides = cases.policeConsentOverrides(actor, id);
		model.addAttribute("policeOverrides", overrides);
		model.addAttribute("policeConsent", file.client().hasConsented(ConsentKind.POLICE));
		model.addAttribute("overrideStanding", overrides.stream().anyMatch(PoliceConsentOverride::isPending));
		model.addAttribute("maySupervise", user.supervisedTeams().contains(file.team()));
		model.addAttribute("captureMethods", CaptureMethod.values());
		model.addAttribute("rungs", guidance.guide(file.jurisdiction()).map(guide -> guide.itemsOf(ItemKind.LADDER_RUNG)).orElse(List.of()));
		model.addAttribute("audit", user.roles().stream().anyMatch(role -> role.name().equals("SUPERVISOR"))
				? cases.auditTrail(actor, id) : List.of());
		model.addAttribute("failedForm", formName);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		model.addAttribute("consentKinds", ConsentKind.values());
		model.addAttribute("identifierKinds", IdentifierKind.values());
		return "cases/case";
	}

	private String intakePage(CurrentUser user, Model model, Map<String, String> errors, Map<String, String> values) {
		model.addAttribute("teams", user.teams());
		model.addAttribute("jurisdictions", guidance.jurisdictions());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return "cases/intake";
	}

	private static Set<String> harms(List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}

	private static Instant localTime(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Instant instant;
		try {
			instant = LocalDateTime.parse(value).atZone(LOCAL).toInstant();
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of("occurredAt", "Give the date and time it happened.");
		}
		PlausibleDates.problem(instant).ifPresent(problem -> {
			throw InvalidCaseInput.of("occurredAt", problem);
		});
		return instant;
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

	private static UUID entry(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw InvalidCaseInput.of("corrects", "Choose the diary entry this one corrects.");
		}
	}

	// The form sends exactly "true" or "false"; anything else is not an answer, not a refusal.
	private static boolean given(String value) {
		if (!"true".equals(value) && !"false".equals(value)) {
			throw InvalidCaseInput.of("given", "Say whether consent is given or refused.");
		}
		return Boolean.parseBoolean(value);
	}

	private static int rung(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException | NullPointerException e) {
			throw InvalidCaseInput.of("rung", "Choose the rung the case moves to.");
		}
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One form's action on the case; refusals are turned into the page's error messages. */
	interface CaseStep {

		Object apply(Actor actor);
	}
}
