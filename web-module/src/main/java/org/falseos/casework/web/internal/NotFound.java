package org.falseos.casework.web.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing the caller may see exists under this address; answered with 404 (HTML or JSON). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String message) {
		super(message);
	}
}
