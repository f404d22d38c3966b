package org.falseos.casework.web.internal.search;

import java.util.Map;

import org.falseos.casework.search.InvalidSearchQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refused search as a 400 problem detail whose {@code fields} name the request parameter at fault. */
final class SearchProblems {

	private SearchProblems() {
	}

	static ProblemDetail of(InvalidSearchQuery e) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		// The query's text arrives as the parameter q.
		problem.setProperty("fields", Map.of(e.field().equals("text") ? "q" : e.field(), e.getMessage()));
		return problem;
	}
}
