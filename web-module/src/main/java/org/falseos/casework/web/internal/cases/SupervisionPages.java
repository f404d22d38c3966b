package org.falseos.casework.web.internal.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseFile;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.CaseSupervision;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.identity.CaseworkerRegister;
import org.falseos.casework.web.internal.identity.CaseworkerRegister.Caseworker;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.PeopleNames;
import org.falseos.casework.web.internal.identity.Role;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's supervision tab: for a supervisor of the case's team, reassignment to a caseworker of the team, a
 * move to another team they supervise and a supervision note with an optional review date; for everyone who sees
 * the case, the notes and the hand-overs. The three forms share one page, so the move form's fields carry their
 * own names ({@code moveTeam}, {@code moveCaseworker}, {@code moveReason}) for the error summary to link to.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class SupervisionPages {

	private static final Map<String, String> MOVE_FIELDS = Map.of("team", "moveTeam", "caseworker", "moveCaseworker",
			"reason", "moveReason");

	private final CaseSupervision supervision;

	private final CaseTabs tabs;

	private final CaseworkerRegister caseworkers;

	private final PeopleNames names;

	SupervisionPages(CaseSupervision supervision, CaseTabs tabs, CaseworkerRegister caseworkers, PeopleNames names) {
		this.supervision = supervision;
		this.tabs = tabs;
		this.caseworkers = caseworkers;
		this.names = names;
	}

	@GetMapping("/cases/{id}/supervision")
	String supervision(CurrentUser user, @PathVariable String id, Model model) {
		return page(user, CaseId.parse(id), model, Map.of(), Map.of());
	}

	@PostMapping("/cases/{id}/supervision/assignee")
	String reassign(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		String to = form.getOrDefault("caseworker", "").strip();
		return tabs.change(user, caseId, "supervision", "Case reassigned to " + names.of(to), flash, response,
				actor -> {
					supervision.reassign(actor, caseId, form.get("caseworker"), form.get("reason"));
					return null;
				}, errors -> page(user, caseId, model, errors, form));
	}

	@PostMapping("/cases/{id}/supervision/team")
	String moveToTeam(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		String team = form.getOrDefault("moveTeam", "").strip();
		String to = form.getOrDefault("moveCaseworker", "").strip();
		// After the move the case is in the other team: its tab is still this supervisor's to see.
		return tabs.change(user, caseId, "supervision", "Case moved to team " + team + " and given to " + names.of(to),
				flash, response, actor -> {
					supervision.moveToTeam(actor, caseId, team, to, form.get("moveReason"));
					return null;
				}, errors -> page(user, caseId, model, renamed(errors), form));
	}

	@PostMapping("/cases/{id}/supervision/notes")
	String addNote(CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		CaseId caseId = CaseId.parse(id);
		boolean reviewDone = "true".equals(form.get("reviewDone"));
		return tabs.change(user, caseId, "supervision", reviewDone ? "Note added and review marked as done"
				: "Supervision note added", flash, response,
				actor -> supervision.addNote(actor, caseId, form.get("note"), reviewBy(form), reviewDone(form)),
				errors -> page(user, caseId, model, errors, form));
	}

	private String page(CurrentUser user, CaseId id, Model model, Map<String, String> errors,
			Map<String, String> values) {
		CaseFile file = tabs.frame(user, id, model, errors, values);
		model.addAttribute("record", supervision.record(CaseActors.of(user), id));
		boolean supervises = user.has(Role.SUPERVISOR) && user.supervises(file.team());
		model.addAttribute("supervises", supervises);
		if (supervises) {
			model.addAttribute("teamCaseworkers", caseworkers.caseworkersOf(file.team()).stream()
				.filter(person -> !person.username().equals(file.assignedTo())).toList());
			var otherTeams = new TreeSet<>(user.supervisedTeams());
			otherTeams.remove(file.team());
			model.addAttribute("otherTeams", List.copyOf(otherTeams));
			var others = new LinkedHashMap<String, List<Caseworker>>();
			otherTeams.forEach(team -> others.put(team, caseworkers.caseworkersOf(team)));
			model.addAttribute("otherCaseworkers", others);
		}
		return "cases/supervision";
	}

	/** The GOV.UK date input's three fields; all empty is no date, anything else must be a whole, real date. */
	static LocalDate reviewBy(Map<String, String> form) {
		String day = form.getOrDefault("reviewBy-day", "").strip();
		String month = form.getOrDefault("reviewBy-month", "").strip();
		String year = form.getOrDefault("reviewBy-year", "").strip();
		if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
			return null;
		}
		if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
			throw InvalidCaseInput.of("reviewBy", "A review date must include a day, month and year.");
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (NumberFormatException | DateTimeException e) {
			throw InvalidCaseInput.of("reviewBy", "The review date must be a real date, for example 27 3 2027.");
		}
		PlausibleDates.problem(date).ifPresent(problem -> {
			throw InvalidCaseInput.of("reviewBy", problem);
		});
		return date;
	}

	// The checkbox sends "true" when ticked and nothing otherwise; anything else is not an answer.
	private static boolean reviewDone(Map<String, String> form) {
		String value = form.get("reviewDone");
		if (value == null || value.isEmpty() || value.equals("false")) {
			return false;
		}
		if (!value.equals("true")) {
			throw InvalidCaseInput.of("reviewDone", "Tick the box if the review is done, or leave it empty.");
		}
		return true;
	}

	private static Map<String, String> renamed(Map<String, String> errors) {
		var renamed = new LinkedHashMap<String, String>();
		errors.forEach((field, message) -> renamed.put(MOVE_FIELDS.getOrDefault(field, field), message));
		return renamed;
	}
}
