package org.falseos.casework.web.internal;

import java.util.Map;

import org.falseos.casework.web.internal.input.Refusals;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.error.ErrorAttributeOptions.Include;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page (HTML or JSON) says: a refusal's own message and field, or otherwise a fixed message for the
 * status. Never an exception's message, class or stack: those go to the log only.
 */
@Component
class SafeErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		// Whatever the options ask for, never the exception, its message, its stack or binding details.
		Map<String, Object> attributes = super.getErrorAttributes(request, options.excluding(Include.EXCEPTION,
				Include.STACK_TRACE, Include.MESSAGE, Include.BINDING_ERRORS));
		if (request.getAttribute(Refusals.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof RefusedInput refusal) {
			attributes.put("message", refusal.getMessage());
			if (!refusal.fields().isEmpty()) {
				attributes.put("fields", refusal.fields());
			}
		}
		else {
			attributes.put("message", message(attributes.get("status") instanceof Integer status ? status : 500));
		}
		return attributes;
	}

	static String message(int status) {
		return switch (status) {
			case 400 -> "The request could not be read. Check what was sent and try again.";
			case 401 -> "Sign in first.";
			case 403 -> "Your role does not allow this.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This address does not take that method.";
			case 413 -> "The request is larger than this application accepts.";
			case 415 -> "This address does not take that type of content.";
			default -> status < 500 ? "The request was refused."
					: "Something went wrong on our side. The error has been logged; please try again later.";
		};
	}
}
