package org.falseos.casework.web.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.falseos.casework.cases.Actor;
import org.falseos.casework.cases.CaseSummary;
import org.falseos.casework.cases.Cases;
import org.falseos.casework.cases.CaseworkerAgenda;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceEditorial;
import org.falseos.casework.linkedvictims.LinkedVictims;
import org.falseos.casework.linkedvictims.SuggestionState;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where people land after signing in: who they are, and for each role they hold the work waiting for it. Only the
 * sections of the roles held are read, so nobody's home touches data their role may not see.
 */
@Controller
class SignedInHome {

	// Tasks due within a week count as "due"; the caseworker sees the rest on the case list.
	static final int DUE_WITHIN_DAYS = 7;

	static final Duration RECENT = Duration.ofDays(14);

	static final Map<String, String> CHANGE_NAMES = Map.of("incident", "Diary entry", "identifier",
			"Perpetrator identifier", "reference", "Reference number", "escalation", "Escalation", "consent",
			"Consent answer", "task", "Task", "evidence", "Evidence");

	private final Cases cases;

	private final CaseworkerAgenda agenda;

	private final LinkedVictims linking;

	private final GuidanceEditorial editorial;

	private final Guidance guidance;

	SignedInHome(Cases cases, CaseworkerAgenda agenda, LinkedVictims linking, GuidanceEditorial editorial,
			Guidance guidance) {
		this.cases = cases;
		this.agenda = agenda;
		this.linking = linking;
		this.editorial = editorial;
		this.guidance = guidance;
	}

	@GetMapping("/home")
	String home(CurrentUser user, Model model) {
		model.addAttribute("user", user);
		Actor actor = CaseActors.of(user);
		LocalDate today = LocalDate.now(Dates.ZONE);
		model.addAttribute("today", today);
		if (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)) {
			var visible = cases.visibleTo(actor, 200).stream().filter(c -> "OPEN".equals(c.status())).toList();
			if (user.has(Role.CASEWORKER)) {
				model.addAttribute("myCases",
						visible.stream().filter(c -> c.assignedTo().equals(user.username())).toList());
				model.addAttribute("dueTasks", agenda.dueTasks(actor, today.plusDays(DUE_WITHIN_DAYS), 20));
				model.addAttribute("recentChanges", agenda.recentChanges(actor, Instant.now().minus(RECENT), 10));
				model.addAttribute("changeNames", CHANGE_NAMES);
			}
			if (user.has(Role.SUPERVISOR)) {
				model.addAttribute("teamCases",
						visible.stream().filter(c -> user.supervises(c.team())).toList());
				model.addAttribute("overdueTeamCases", visible.stream()
					.filter(c -> user.supervises(c.team()) && isOverdue(c, today)).count());
			}
			model.addAttribute("consentRequests", linking.consentRequests(actor));
		}
		if (user.has(Role.COORDINATOR)) {
			var suggestions = linking.suggestions(actor, false);
			model.addAttribute("openSuggestions",
					suggestions.stream().filter(s -> s.state() == SuggestionState.OPEN).toList());
			model.addAttribute("awaitingConsent",
					suggestions.stream().filter(s -> s.state() == SuggestionState.AWAITING_CONSENT).count());
		}
		if (user.has(Role.COORDINATOR) || user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)) {
			model.addAttribute("patterns", linking.patterns(actor));
		}
		if (user.has(Role.EDITOR) || user.has(Role.SUPERVISOR)) {
			model.addAttribute("awaitingReview", editorial.awaitingReview().size());
			model.addAttribute("overdueForReview", editorial.overdueForReview(today).size());
		}
		if (user.has(Role.STAFF)) {
			model.addAttribute("jurisdictions", guidance.jurisdictions());
		}
		return "signed-in-home";
	}

	private static boolean isOverdue(CaseSummary summary, LocalDate today) {
		return summary.nextTaskDue() != null && summary.nextTaskDue().isBefore(today);
	}
}
