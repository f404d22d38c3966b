package org.falseos.casework.web.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.falseos.casework.web.internal.input.Refusals;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input refused inside Spring MVC: by a controller, or while an upload is resolved, before any controller is
 * chosen (hence an unrestricted advice). Ordered after the upload size limit's handler, which answers its own 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputRefusals {

	@ExceptionHandler({ RefusedInput.class, MultipartException.class })
	Object refused(HttpServletRequest request, RuntimeException e) {
		var refusal = Refusals.in(e);
		var status = refusal.map(RefusedInput::status).orElse(HttpStatus.BAD_REQUEST);
		String message = refusal.map(RefusedInput::getMessage).orElse(RefusedInput.UPLOAD_MALFORMED);
		if (request.getRequestURI().startsWith("/api/")) {
			return ApiErrorHandler.error(status, message, refusal.map(RefusedInput::fields).orElse(Map.of()));
		}
		var page = new ModelAndView("problem", Map.of("status", status.value(), "message", message));
		page.setStatus(status);
		return page;
	}
}
