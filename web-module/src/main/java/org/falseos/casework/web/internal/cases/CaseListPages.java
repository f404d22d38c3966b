package org.falseos.casework.web.internal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import org.falseos.casework.cases.CaseList;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.guidance.HarmType;
import org.falseos.casework.web.internal.Dates;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list: the cases this person may see, filtered by a plain GET form, 50 a page. */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CaseListPages {

	private final CaseList list;

	private final Dates dates;

	CaseListPages(CaseList list, Dates dates) {
		this.dates = dates;
		this.list = list;
	}

	@GetMapping("/cases")
	String cases(CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String rung, @RequestParam(required = false) String harm,
			@RequestParam(required = false) String overdue, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
		var filters = CaseListFilters.parse(status, rung, harm, overdue, scope, sort, page);
		CaseList.Page found;
		try {
			found = list.find(CaseActors.of(user), filters.query(LocalDate.now(dates.zone())));
		}
		catch (InvalidCaseInput invalid) {
			var error = invalid.errors().entrySet().iterator().next();
			throw RefusedInput.of(error.getKey(), error.getValue());
		}
		model.addAttribute("filters", filters);
		model.addAttribute("found", found);
		// HTML allows at most three fractional digits in a datetime; PostgreSQL keeps six.
		model.addAttribute("activityIso", found.rows().stream().collect(Collectors.toMap(CaseList.Row::id,
				row -> row.lastActivityAt().truncatedTo(ChronoUnit.MILLIS).toString())));
		model.addAttribute("harms", HarmType.values());
		model.addAttribute("highestRung", CaseListFilters.HIGHEST_RUNG);
		return "cases/list";
	}
}
