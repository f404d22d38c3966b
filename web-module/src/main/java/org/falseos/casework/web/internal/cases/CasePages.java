package org.falseos.casework.web.internal.cases;

import java.time.LocalDate;
import java.time.ZoneId;

import org.falseos.casework.cases.Cases;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Caseworkers' and supervisors' list of cases. The case's own pages are its tabs (see {@link CaseTabs}). */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CasePages {

	static final ZoneId LOCAL = ZoneId.of("Europe/London");

	private final Cases cases;

	CasePages(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/cases")
	String myCases(CurrentUser user, Model model) {
		model.addAttribute("cases", cases.visibleTo(CaseActors.of(user), 200));
		model.addAttribute("today", LocalDate.now(LOCAL));
		return "cases/list";
	}
}
