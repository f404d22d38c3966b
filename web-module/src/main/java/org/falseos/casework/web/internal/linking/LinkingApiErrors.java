package org.falseos.casework.web.internal.linking;

import java.util.LinkedHashMap;
import java.util.Map;

import org.falseos.casework.cases.NotPermitted;
import org.falseos.casework.linkedvictims.InvalidLinkingInput;
import org.falseos.casework.linkedvictims.LinkingConflict;
import org.falseos.casework.linkedvictims.UnknownPattern;
import org.falseos.casework.linkedvictims.UnknownSuggestion;
import org.falseos.casework.web.internal.UnreadableJson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The linking API's errors in the API's usual JSON shape: a clear message and a 4xx. */
@RestControllerAdvice(assignableTypes = LinkingApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LinkingApiErrors {

	@ExceptionHandler({ UnknownPattern.class, UnknownSuggestion.class })
	ResponseEntity<Map<String, Object>> notFound(RuntimeException e) {
		return error(HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
	}

	@ExceptionHandler(NotPermitted.class)
	ResponseEntity<Map<String, Object>> forbidden(NotPermitted e) {
		return error(HttpStatus.FORBIDDEN, e.getMessage(), Map.of());
	}

	@ExceptionHandler(InvalidLinkingInput.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidLinkingInput e) {
		return error(HttpStatus.BAD_REQUEST, "The request has errors.", e.errors());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
		var unreadable = UnreadableJson.of(e);
		if (unreadable.field() != null) {
			return error(HttpStatus.BAD_REQUEST, unreadable.message(), unreadable.fields());
		}
		return error(HttpStatus.BAD_REQUEST, "Send a JSON body such as {\"reason\": \"…\"}.", Map.of("reason", "required"));
	}

	@ExceptionHandler(LinkingConflict.class)
	ResponseEntity<Map<String, Object>> conflict(LinkingConflict e) {
		return error(HttpStatus.CONFLICT, e.getMessage(), Map.of());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, Map<String, String> fields) {
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
