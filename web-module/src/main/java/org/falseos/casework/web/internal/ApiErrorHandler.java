package org.falseos.casework.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.ConsentRequired;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.cases.UnknownCase;
import org.falseos.casework.guidance.EditorialConflict;
import org.falseos.casework.guidance.InvalidContent;
import org.falseos.casework.guidance.UnknownGuidanceItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * JSON errors for the API: each module's own refusals mapped explicitly to a clear message and a 4xx. Anything
 * else is unexpected and becomes a 500 with a fixed message ({@code SafeErrorAttributes}): an exception's own
 * message never reaches the caller.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
// After advice scoped to one controller (e.g. the linking API's), before the page handler.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiErrorHandler {

	@ExceptionHandler({ NotFound.class, UnknownGuidanceItem.class, UnknownCase.class })
	ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
		return error(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
	}

	@ExceptionHandler(InvalidContent.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidContent e) {
		return error(HttpStatus.BAD_REQUEST, "The request has errors.", e.errors());
	}

	@ExceptionHandler(InvalidCaseInput.class)
	ResponseEntity<Map<String, Object>> invalidCase(InvalidCaseInput e) {
		return error(HttpStatus.BAD_REQUEST, "The request has errors: " + e.getMessage(), e.errors());
	}

	@ExceptionHandler(NotPermitted.class)
	ResponseEntity<Map<String, Object>> notPermitted(NotPermitted e) {
		return error(HttpStatus.FORBIDDEN, e.getMessage(), Map.of());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		var unreadable = UnreadableJson.of(e);
		return error(HttpStatus.BAD_REQUEST, unreadable.message(), unreadable.fields());
	}

	@ExceptionHandler({ EditorialConflict.class, CaseConflict.class })
	ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
		return error(HttpStatus.CONFLICT, e.getMessage(), Map.of());
	}

	/** The contract: "error" names the refusal and "consent" the missing consent, e.g. "police". */
	@ExceptionHandler(ConsentRequired.class)
	ResponseEntity<Map<String, Object>> consentRequired(ConsentRequired e) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", HttpStatus.CONFLICT.value());
		body.put("error", "consent-required");
		body.put("consent", e.kind().name().toLowerCase(java.util.Locale.ROOT));
		body.put("message", e.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
		return error(HttpStatus.BAD_REQUEST, "The parameter '" + e.getParameterName() + "' is required.",
				Map.of(e.getParameterName(), "required"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
		return error(HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' has an invalid value.",
				Map.of(e.getName(), "invalid value"));
	}

	static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, Map<String, String> fields) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("message", message);
		if (!fields.isEmpty()) {
			body.put("fields", fields);
		}
		return ResponseEntity.status(status).body(body);
	}
}
