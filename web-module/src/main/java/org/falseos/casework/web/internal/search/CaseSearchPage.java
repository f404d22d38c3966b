package org.falseos.casework.web.internal.search;

import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.InvalidSearchQuery;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The case search page: words, reference numbers and perpetrator identifiers, over the cases of the teams this
 * person works in or supervises. Without a query it explains what can be searched; a refused query comes back in
 * the box with the message next to it and a 400.
 */
@Controller
@PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
class CaseSearchPage {

	private final CaseSearch search;

	CaseSearchPage(CaseSearch search) {
		this.search = search;
	}

	@GetMapping("/cases/search")
	String search(CurrentUser user, @RequestParam(required = false) String q, Model model,
			HttpServletResponse response) {
		String text = q == null ? "" : q;
		model.addAttribute("q", text);
		model.addAttribute("searchIn", SearchScope.CASES);
		if (text.isBlank()) {
			return "cases/search";
		}
		try {
			var results = search.search(CaseActors.of(user), text);
			model.addAttribute("view", CaseSearchView.of(text.strip(), results));
		}
		catch (InvalidSearchQuery e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return "cases/search";
	}
}
