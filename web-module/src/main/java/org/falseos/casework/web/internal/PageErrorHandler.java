package org.falseos.casework.web.internal;

import java.util.Map;

import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.guidance.UnknownGuidanceItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer refusals from the modules with the error page and the right 4xx; the JSON API has its own
 * handler, which takes precedence for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	@ExceptionHandler({ UnknownCase.class, UnknownGuidanceItem.class, NotFound.class })
	ModelAndView notFound(RuntimeException e) {
		return page(HttpStatus.NOT_FOUND, "We could not find that. It may not exist, or it is not yours to see.");
	}

	@ExceptionHandler(NotPermitted.class)
	ModelAndView notPermitted(NotPermitted e) {
		return page(HttpStatus.FORBIDDEN, e.getMessage());
	}

	@ExceptionHandler(InvalidCaseInput.class)
	ModelAndView invalid(InvalidCaseInput e) {
		return page(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(CaseConflict.class)
	ModelAndView conflict(CaseConflict e) {
		return page(HttpStatus.CONFLICT, e.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String message) {
		var page = new ModelAndView("problem", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		return page;
	}
}
