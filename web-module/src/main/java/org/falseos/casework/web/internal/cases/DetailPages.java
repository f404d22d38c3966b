package org.falseos.casework.web.internal.cases;

import static org.falseos.casework.web.internal.cases.CorrectionForms.checked;
import static org.falseos.casework.web.internal.cases.CorrectionForms.date;
import static org.falseos.casework.web.internal.cases.CorrectionForms.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseCorrections;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.ClientDetails;
import org.falseos.casework.cases.OffenceChoice;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.ItemKind;
import org.falseos.casework.web.internal.cases.CorrectionForms.Fact;
import org.falseos.casework.web.internal.cases.CorrectionForms.HistoryLine;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Correcting what a case says about its client, the offences to name and its tasks, each on its own page. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class DetailPages {

	private final Cases cases;

	private final CaseCorrections corrections;

	private final Guidance guidance;

	DetailPages(Cases cases, CaseCorrections corrections, Guidance guidance) {
		this.cases = cases;
		this.corrections = corrections;
		this.guidance = guidance;
	}

	@GetMapping("/cases/{id}/client")
	String client(CurrentUser user, @PathVariable String id, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		var client = file.client();
		Map<String, String> values = new HashMap<>();
		values.put("name", text(client.name()));
		values.put("contact", text(client.contact()));
		values.put("safeContactNotes", text(client.safeContactNotes()));
		values.put("doxxedAddress", client.doxxedAddress() ? "true" : null);
		values.put("swattingRisk", client.swattingRisk() ? "true" : null);
		return clientPage(model, file, Map.of(), values);
	}

	@PostMapping("/cases/{id}/client")
	String correctClient(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "client", "Client details corrected", redirect, response,
				() -> corrections.correctClientDetails(CaseActors.of(user), caseId,
						new ClientDetails(form.get("name"), form.get("contact"), form.get("safeContactNotes"),
								checked(form, "doxxedAddress"), checked(form, "swattingRisk")),
						form.get("reason")),
				errors -> clientPage(model, cases.read(CaseActors.of(user), caseId), errors, form));
	}

	@GetMapping("/cases/{id}/offences")
	String offences(CurrentUser user, @PathVariable String id, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return offencesPage(model, file, Map.of(), file.offences().stream().map(CaseFile.OffenceConsidered::offenceId)
			.toList(), "");
	}

	@PostMapping("/cases/{id}/offences")
	String changeOffences(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		List<String> chosen = form.getOrDefault("offences", List.of());
		return CorrectionForms.submit(caseId, "offences", "Offences to name changed", redirect, response, () -> {
			var actor = CaseActors.of(user);
			// A reason already given for an offence stays with it; a newly chosen one takes the guide's.
			Map<String, String> reasons = new HashMap<>();
			cases.read(actor, caseId).offences().forEach(o -> reasons.put(o.offenceId(), o.reason()));
			return corrections.changeOffences(actor, caseId,
					chosen.stream().map(offence -> new OffenceChoice(offence, reasons.get(offence))).toList(),
					form.getFirst("reason"));
		}, errors -> offencesPage(model, cases.read(CaseActors.of(user), caseId), errors, chosen,
				Objects.requireNonNullElse(form.getFirst("reason"), "")));
	}

	@GetMapping("/cases/{id}/tasks/{taskId}/correction")
	String taskCorrection(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		var current = currentTask(file, taskId);
		Map<String, String> values = new HashMap<>();
		if (current != null) {
			values.put("title", current.title());
			values.put("dueOn", text(current.dueOn()));
		}
		return taskPage(model, file, taskId, Map.of(), values, "cases/corrections/task");
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/correction")
	String correctTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "tasks", "Task corrected", redirect, response,
				() -> corrections.correctTask(CaseActors.of(user), caseId, taskId, form.get("title"),
						date(form.get("dueOn"), "dueOn"), form.get("reason")),
				errors -> taskPage(model, cases.read(CaseActors.of(user), caseId), taskId, errors, form,
						"cases/corrections/task"));
	}

	@GetMapping("/cases/{id}/tasks/{taskId}/withdrawal")
	String taskWithdrawal(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId, Model model) {
		var file = cases.read(CaseActors.of(user), CaseId.parse(id));
		return taskPage(model, file, taskId, Map.of(), Map.of(), "cases/corrections/withdrawal");
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/withdrawal")
	String withdrawTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var caseId = CaseId.parse(id);
		return CorrectionForms.submit(caseId, "tasks", "Task withdrawn", redirect, response, () -> {
			corrections.withdrawTask(CaseActors.of(user), caseId, taskId, form.get("reason"));
			return null;
		}, errors -> taskPage(model, cases.read(CaseActors.of(user), caseId), taskId, errors, form,
				"cases/corrections/withdrawal"));
	}

	private String clientPage(Model model, CaseFile file, Map<String, String> errors, Map<String, String> values) {
		model.addAttribute("history", file.history().clientDetails().reversed().stream()
			.map(change -> new HistoryLine(describe(change), "Corrected", change.reason(), change.changedBy(),
					change.changedAt()))
			.toList());
		return page(model, file, errors, values, "cases/corrections/client");
	}

	private String offencesPage(Model model, CaseFile file, Map<String, String> errors, List<String> chosen,
			String reason) {
		model.addAttribute("guideOffences", guidance.guide(file.jurisdiction())
			.map(guide -> guide.itemsOf(ItemKind.OFFENCE).stream()
				.filter(item -> item.content().offence() != null && item.content().offence().applies()).toList())
			.orElse(List.of()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("history", file.history().offences().reversed().stream()
			.map(change -> new HistoryLine(change.earlier().isEmpty() ? "No offences named"
					: String.join("; ", change.earlier().stream().map(CaseFile.OffenceConsidered::title).toList()),
					"Changed", change.reason(), change.changedBy(), change.changedAt()))
			.toList());
		return page(model, file, errors, Map.of("reason", reason), "cases/corrections/offences");
	}

	private String taskPage(Model model, CaseFile file, UUID taskId, Map<String, String> errors,
			Map<String, String> values, String template) {
		var current = currentTask(file, taskId);
		var history = CorrectionForms.chain(taskId, file.history().tasks(), CaseFile.Task::id, DetailPages::describe);
		if (current == null && history.isEmpty()) {
			throw new UnknownCase("No task " + taskId + " on case " + file.id());
		}
		model.addAttribute("current", current == null ? null : List.of(new Fact("Task", current.title()),
				new Fact("Due", text(current.dueOn())), new Fact("Done", current.doneAt() == null ? "No" : "Yes")));
		model.addAttribute("history", history);
		model.addAttribute("what", "task");
		model.addAttribute("taskId", taskId);
		model.addAttribute("action", "/cases/" + file.id() + "/tasks/" + taskId + "/withdrawal");
		return page(model, file, errors, values, template);
	}

	private static String page(Model model, CaseFile file, Map<String, String> errors, Map<String, String> values,
			String template) {
		model.addAttribute("file", file);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return template;
	}

	private static CaseFile.Task currentTask(CaseFile file, UUID taskId) {
		return file.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst().orElse(null);
	}

	private static String describe(CaseFile.Task task) {
		return task.title() + (task.dueOn() == null ? "" : ", due " + task.dueOn());
	}

	private static String describe(org.falseos.casework.cases.CaseHistory.ClientChange change) {
		return String.join("; ", List.of("name: " + text(change.name()), "contact: " + text(change.contact()),
				"safe-contact notes: " + text(change.safeContactNotes()),
				"address doxxed: " + (Boolean.TRUE.equals(change.doxxedAddress()) ? "yes" : "no"),
				"swatting risk: " + (Boolean.TRUE.equals(change.swattingRisk()) ? "yes" : "no")));
	}
}
