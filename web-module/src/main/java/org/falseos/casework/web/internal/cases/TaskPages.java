package org.falseos.casework.web.internal.cases;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tasks tab: open tasks (overdue ones flagged) and done ones, "Add a task" and "Done". */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class TaskPages {

	private final Cases cases;

	private final CaseTabs tabs;

	TaskPages(Cases cases, CaseTabs tabs) {
		this.cases = cases;
		this.tabs = tabs;
	}

	@GetMapping("/cases/{id}/tasks")
	String tasks(CurrentUser user, @PathVariable String id, Model model) {
		return page(user, CaseId.parse(id), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/tasks")
	String addTask(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "tasks", "Task added", flash, response,
				actor -> cases.addTask(actor, caseId, form.get("title"), LocalInputs.date(form.get("dueOn"), "dueOn")),
				errors -> page(user, caseId, model, errors, form));
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/done")
	String completeTask(CurrentUser user, @PathVariable String id, @PathVariable UUID taskId, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		return tabs.change(user, caseId, "tasks", "Task marked as done", flash, response, actor -> {
			cases.completeTask(actor, caseId, taskId);
			return null;
		}, errors -> page(user, caseId, model, errors, Map.of()));
	}

	private String page(CurrentUser user, CaseId id, Model model, Map<String, String> errors,
			Map<String, String> values) {
		var file = tabs.frame(user, id, model, errors, values);
		model.addAttribute("openTasks", file.tasks().stream().filter(task -> task.doneAt() == null).toList());
		model.addAttribute("doneTasks", file.tasks().stream().filter(task -> task.doneAt() != null).toList());
		return "cases/tasks";
	}
}
