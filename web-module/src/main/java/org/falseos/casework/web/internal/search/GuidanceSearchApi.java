package org.falseos.casework.web.internal.search;

import java.util.List;
import java.util.Map;

import org.falseos.casework.search.GuidanceSearch;
import org.falseos.casework.search.InvalidSearchQuery;
import org.falseos.casework.search.SearchQuery;
import org.falseos.casework.search.SearchResults;
import org.falseos.casework.search.Suggestion;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The public JSON search API: results with facets and "did you mean", and suggestions as you type. */
@RestController
class GuidanceSearchApi {

	private static final int SUGGESTIONS = 8;

	private final GuidanceSearch search;

	GuidanceSearchApi(GuidanceSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search/guidance")
	SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + SearchQuery.DEFAULT_SIZE) int size) {
		return search.search(new SearchQuery(q, jurisdiction, kind, page, size));
	}

	@GetMapping("/api/search/guidance/suggest")
	Map<String, List<Suggestion>> suggest(@RequestParam(required = false) String q) {
		if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
			throw new InvalidSearchQuery("text", "Search text is limited to " + SearchQuery.MAX_LENGTH + " characters.");
		}
		return Map.of("suggestions", search.suggest(q, SUGGESTIONS));
	}

	@ExceptionHandler(InvalidSearchQuery.class)
	ProblemDetail invalid(InvalidSearchQuery e) {
		return SearchProblems.of(e);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail notANumber(MethodArgumentTypeMismatchException e) {
		String message = "Parameter '" + e.getName() + "' must be a whole number.";
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("fields", Map.of(e.getName(), message));
		return problem;
	}
}
