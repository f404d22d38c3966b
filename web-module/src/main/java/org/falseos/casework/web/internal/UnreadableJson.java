package org.falseos.casework.web.internal;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;

/** Finds which field of a JSON body could not be read, so the 400 can name it. */
final class UnreadableJson {

	private UnreadableJson() {
	}

	static String field(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		while (cause != null && !(cause instanceof DatabindException)) {
			cause = cause.getCause();
		}
		if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			var last = databind.getPath().getLast();
			return last.getPropertyName();
		}
		return null;
	}
}
