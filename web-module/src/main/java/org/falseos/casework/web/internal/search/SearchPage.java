package org.falseos.casework.web.internal.search;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.Jurisdiction;
import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.InvalidSearchQuery;
import org.falseos.casework.search.SearchQuery;
import org.falseos.casework.web.internal.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Map;
import java.util.stream.Collectors;

/** The search results page: works without JavaScript; facets and pages are plain links. */
@Controller
class SearchPage {

	private final GuidanceSearch search;

	private final Guidance guidance;

	private final CurrentUsers users;

	SearchPage(GuidanceSearch search, Guidance guidance, CurrentUsers users) {
		this.search = search;
		this.guidance = guidance;
		this.users = users;
	}

	/** {@code in}: the header box's choice for caseworkers and supervisors ({@link SearchScope}). */
	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") String page,
			@RequestParam(required = false) String in, Model model, HttpServletResponse response) {
		model.addAttribute("q", q == null ? "" : q);
		if (!SearchScope.isKnown(in)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", SearchScope.UNKNOWN);
			return "search";
		}
		var cases = SearchScope.caseSearchFor(users.current(), in, q);
		if (cases.isPresent()) {
			return "redirect:" + cases.get();
		}
		if (q == null) {
			return "search";
		}
		try {
			var query = new SearchQuery(q, jurisdiction, kind, pageNumber(page), SearchQuery.DEFAULT_SIZE);
			model.addAttribute("view", SearchView.of(query, search.search(query), jurisdictionNames()));
		}
		catch (InvalidSearchQuery e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", e.getMessage());
		}
		return "search";
	}

	private Map<String, String> jurisdictionNames() {
		return guidance.jurisdictions().stream().collect(Collectors.toMap(Jurisdiction::code, Jurisdiction::name));
	}

	private static int pageNumber(String page) {
		try {
			return Integer.parseInt(page.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidSearchQuery("page", "Page numbers are whole numbers.");
		}
	}

}
