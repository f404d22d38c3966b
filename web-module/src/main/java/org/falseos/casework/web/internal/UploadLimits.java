package org.falseos.casework.web.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.falseos.casework.cases.EvidenceTooLarge;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Too-large uploads are a 413 with a clear message, whether the servlet container stopped them while parsing the
 * request (before any controller is chosen, hence an unrestricted advice) or the evidence locker did while storing.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

	static final String MESSAGE = RefusedInput.UPLOAD_TOO_LARGE;

	@ExceptionHandler({ MaxUploadSizeExceededException.class, EvidenceTooLarge.class })
	Object tooLarge(HttpServletRequest request, RuntimeException e) {
		if (request.getRequestURI().startsWith("/api/")) {
			return ApiErrorHandler.error(HttpStatus.CONTENT_TOO_LARGE, MESSAGE, Map.of("file", "too large"));
		}
		var page = new ModelAndView("problem", Map.of("status", 413, "message", MESSAGE));
		page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}
}
