package org.falseos.casework.web.internal.cases;

import static org.falseos.casework.web.internal.cases.CorrectionForms.blank;
import static org.falseos.casework.web.internal.cases.CorrectionForms.date;
import static org.falseos.casework.web.internal.cases.CorrectionForms.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseCorrections;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.IdentifierKind;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NewIdentifier;
import org.falseos.casework.cases.NewReferenceNumber;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.web.internal.cases.CorrectionForms.Fact;
import org.falseos.casework.web.internal.cases.CorrectionForms.HistoryLine;
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
 * Reference numbers and perpetrator identifiers, each on its own page: add one, correct one, withdraw one. The
 * agency is chosen from the jurisdiction's bodies and channels and the platforms, or named under "Other".
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class EntryPages {

	static final String OTHER = "other";

	private final Cases cases;

	private final CaseCorrections corrections;

	EntryPages(Cases cases, CaseCorrections corrections) {
		this.cases = cases;
		this.corrections = corrections;
	}

	@GetMapping("/cases/{id}/reference-numbers/new")
	String newReference(CurrentUser user, @PathVariable String id, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return referencePage(model, file, null, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/reference-numbers")
	String recordReference(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "references", "Reference number recorded", redirect, response,
				() -> cases.recordReferenceNumber(CaseActors.of(user), caseId, reference(form)),
				errors -> referencePage(model, cases.read(CaseActors.of(user), caseId), null, agencyErrors(form, errors),
						form));
	}

	@GetMapping("/cases/{id}/reference-numbers/{refId}/correction")
	String referenceCorrection(CurrentUser user, @PathVariable String id, @PathVariable UUID refId, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		var current = currentReference(file, refId);
		Map<String, String> values = new HashMap<>();
		if (current != null) {
			boolean known = corrections.agencies(file.jurisdiction()).contains(current.agency());
			values.put("agency", known ? current.agency() : OTHER);
			values.put("otherAgency", known ? "" : current.agency());
			values.put("number", current.number());
			values.put("obtainedOn", text(current.obtainedOn()));
			values.put("officer", text(current.officer()));
			values.put("contactRoute", text(current.contactRoute()));
			values.put("notes", text(current.notes()));
		}
		return referencePage(model, file, refId, Map.of(), values);
	}

	@PostMapping("/cases/{id}/reference-numbers/{refId}/correction")
	String correctReference(CurrentUser user, @PathVariable String id, @PathVariable UUID refId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "references", "Reference number corrected", redirect, response,
				() -> corrections.correctReferenceNumber(CaseActors.of(user), caseId, refId, reference(form),
						form.get("reason")),
				errors -> referencePage(model, cases.read(CaseActors.of(user), caseId), refId, agencyErrors(form, errors),
						form));
	}

	@GetMapping("/cases/{id}/reference-numbers/{refId}/withdrawal")
	String referenceWithdrawal(CurrentUser user, @PathVariable String id, @PathVariable UUID refId, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return referenceWithdrawalPage(model, file, refId, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/reference-numbers/{refId}/withdrawal")
	String withdrawReference(CurrentUser user, @PathVariable String id, @PathVariable UUID refId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "references", "Reference number withdrawn", redirect, response,
				() -> {
					corrections.withdrawReferenceNumber(CaseActors.of(user), caseId, refId, form.get("reason"));
					return null;
				}, errors -> referenceWithdrawalPage(model, cases.read(CaseActors.of(user), caseId), refId, errors, form));
	}

	@GetMapping("/cases/{id}/identifiers/new")
	String newIdentifier(CurrentUser user, @PathVariable String id, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return identifierPage(model, file, null, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/identifiers")
	String recordIdentifier(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "identifiers", "Perpetrator identifier recorded", redirect, response,
				() -> cases.recordIdentifier(CaseActors.of(user), caseId, identifier(form)),
				errors -> identifierPage(model, cases.read(CaseActors.of(user), caseId), null, errors, form));
	}

	@GetMapping("/cases/{id}/identifiers/{identifierId}/correction")
	String identifierCorrection(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		var current = currentIdentifier(file, identifierId);
		Map<String, String> values = new HashMap<>();
		if (current != null) {
			values.put("kind", current.kind().name().toLowerCase());
			values.put("platform", text(current.platform()));
			values.put("value", current.value());
		}
		return identifierPage(model, file, identifierId, Map.of(), values);
	}

	@PostMapping("/cases/{id}/identifiers/{identifierId}/correction")
	String correctIdentifier(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "identifiers", "Perpetrator identifier corrected", redirect, response,
				() -> corrections.correctIdentifier(CaseActors.of(user), caseId, identifierId, identifier(form),
						form.get("reason")),
				errors -> identifierPage(model, cases.read(CaseActors.of(user), caseId), identifierId, errors, form));
	}

	@GetMapping("/cases/{id}/identifiers/{identifierId}/withdrawal")
	String identifierWithdrawal(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return identifierWithdrawalPage(model, file, identifierId, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/identifiers/{identifierId}/withdrawal")
	String withdrawIdentifier(CurrentUser user, @PathVariable String id, @PathVariable UUID identifierId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "identifiers", "Perpetrator identifier withdrawn", redirect, response,
				() -> {
					corrections.withdrawIdentifier(CaseActors.of(user), caseId, identifierId, form.get("reason"));
					return null;
				},
				errors -> identifierWithdrawalPage(model, cases.read(CaseActors.of(user), caseId), identifierId, errors,
						form));
	}

	private String referencePage(Model model, CaseFile file, UUID refId, Map<String, String> errors,
			Map<String, String> values) {
		model.addAttribute("agencies", corrections.agencies(file.jurisdiction()));
		model.addAttribute("refId", refId);
		if (refId != null) {
			var current = currentReference(file, refId);
			history(model, file, current == null ? null : facts(current), CorrectionForms.chain(refId,
					file.history().referenceNumbers(), CaseFile.ReferenceNumber::id, EntryPages::describe), refId);
		}
		return page(model, file, errors, values, "cases/corrections/reference");
	}

	private String referenceWithdrawalPage(Model model, CaseFile file, UUID refId, Map<String, String> errors,
			Map<String, String> values) {
		var current = currentReference(file, refId);
		history(model, file, current == null ? null : facts(current), CorrectionForms.chain(refId,
				file.history().referenceNumbers(), CaseFile.ReferenceNumber::id, EntryPages::describe), refId);
		model.addAttribute("what", "reference number");
		model.addAttribute("action", "/cases/" + file.id() + "/reference-numbers/" + refId + "/withdrawal");
		return page(model, file, errors, values, "cases/corrections/withdrawal");
	}

	private String identifierPage(Model model, CaseFile file, UUID identifierId, Map<String, String> errors,
			Map<String, String> values) {
		model.addAttribute("identifierKinds", IdentifierKind.values());
		model.addAttribute("identifierId", identifierId);
		if (identifierId != null) {
			var current = currentIdentifier(file, identifierId);
			history(model, file, current == null ? null : facts(current), CorrectionForms.chain(identifierId,
					file.history().identifiers(), CaseFile.Identifier::id, EntryPages::describe), identifierId);
		}
		return page(model, file, errors, values, "cases/corrections/identifier");
	}

	private String identifierWithdrawalPage(Model model, CaseFile file, UUID identifierId,
			Map<String, String> errors, Map<String, String> values) {
		var current = currentIdentifier(file, identifierId);
		history(model, file, current == null ? null : facts(current), CorrectionForms.chain(identifierId,
				file.history().identifiers(), CaseFile.Identifier::id, EntryPages::describe), identifierId);
		model.addAttribute("what", "perpetrator identifier");
		model.addAttribute("action", "/cases/" + file.id() + "/identifiers/" + identifierId + "/withdrawal");
		return page(model, file, errors, values, "cases/corrections/withdrawal");
	}

	/** The entry as it stands, or its history when it no longer stands; neither is a 404. */
	private static void history(Model model, CaseFile file, List<Fact> current, List<HistoryLine> history,
			UUID entry) {
		if (current == null && history.isEmpty()) {
			throw new UnknownCase("No entry " + entry + " on case " + file.id());
		}
		model.addAttribute("current", current);
		model.addAttribute("history", history);
	}

	private static String page(Model model, CaseFile file, Map<String, String> errors, Map<String, String> values,
			String template) {
		model.addAttribute("file", file);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return template;
	}

	private static NewReferenceNumber reference(Map<String, String> form) {
		String other = form.get("otherAgency");
		if (other != null && other.length() > 200) {
			throw InvalidCaseInput.of("otherAgency", "An agency's name is limited to 200 characters.");
		}
		String agency = form.get("agency");
		if (OTHER.equals(agency)) {
			if (other == null || other.isBlank()) {
				throw InvalidCaseInput.of("otherAgency", "Name the agency, or choose one from the list.");
			}
			agency = other;
		}
		return new NewReferenceNumber(agency, form.get("number"), date(form.get("obtainedOn"), "obtainedOn"),
				blank(form.get("officer")), blank(form.get("contactRoute")), blank(form.get("notes")));
	}

	/** A refused "Other" agency is named next to the box the person typed it in. */
	private static Map<String, String> agencyErrors(Map<String, String> form, Map<String, String> errors) {
		if (!OTHER.equals(form.get("agency")) || !errors.containsKey("agency")) {
			return errors;
		}
		Map<String, String> moved = new LinkedHashMap<>(errors);
		moved.put("otherAgency", moved.remove("agency"));
		return moved;
	}

	private static NewIdentifier identifier(Map<String, String> form) {
		return new NewIdentifier(IdentifierKind.fromSlug(form.get("kind")), blank(form.get("platform")),
				form.get("value"));
	}

	private static CaseFile.ReferenceNumber currentReference(CaseFile file, UUID refId) {
		return file.referenceNumbers().stream().filter(r -> r.id().equals(refId)).findFirst().orElse(null);
	}

	private static CaseFile.Identifier currentIdentifier(CaseFile file, UUID identifierId) {
		return file.identifiers().stream().filter(i -> i.id().equals(identifierId)).findFirst().orElse(null);
	}

	private static List<Fact> facts(CaseFile.ReferenceNumber r) {
		return List.of(new Fact("Agency", r.agency()), new Fact("Number", r.number()),
				new Fact("Date obtained", text(r.obtainedOn())), new Fact("Officer", text(r.officer())),
				new Fact("Contact route", text(r.contactRoute())), new Fact("Notes", text(r.notes())),
				new Fact("Recorded by", r.recordedBy()));
	}

	private static List<Fact> facts(CaseFile.Identifier i) {
		return List.of(new Fact("Kind", i.kind().name().toLowerCase()), new Fact("Platform", text(i.platform())),
				new Fact("As written", i.value()), new Fact("Recorded by", i.recordedBy()));
	}

	private static String describe(CaseFile.ReferenceNumber r) {
		return r.agency() + " " + r.number() + (r.officer() == null ? "" : ", " + r.officer());
	}

	private static String describe(CaseFile.Identifier i) {
		return i.kind().name().toLowerCase() + (i.platform() == null ? "" : " on " + i.platform()) + ": " + i.value();
	}
}
