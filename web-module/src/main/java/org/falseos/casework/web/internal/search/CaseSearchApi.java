package org.falseos.casework.web.internal.search;

import org.falseos.casework.search.CaseSearch;
import org.falseos.casework.search.CaseSearchResults;
import org.falseos.casework.search.InvalidSearchQuery;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case search for caseworkers and supervisors (the URL rule): only cases of the teams they may see. */
@RestController
class CaseSearchApi {

	private final CaseSearch search;

	CaseSearchApi(CaseSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search/cases")
	CaseSearchResults search(CurrentUser user, @RequestParam(required = false) String q) {
		return search.search(CaseActors.of(user), q);
	}

	@ExceptionHandler(InvalidSearchQuery.class)
	ProblemDetail invalid(InvalidSearchQuery e) {
		return SearchProblems.of(e);
	}
}
