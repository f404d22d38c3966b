package org.falseos.casework.web.internal.input;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every request through {@link AcceptedRequest} before anything else reads it, the security filters
 * included (they read the CSRF token and the sign-in form). Refusals raised here, or later by upload parts read
 * on the way through the security filters, are answered with a 4xx that names the field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AcceptedRequestFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			// The error page for a refused request must not read its body again (and fail again, unanswered).
			chain.doFilter(request.getAttribute(Refusals.ATTRIBUTE) == null ? request : new WithoutBody(request),
					response);
			return;
		}
		AcceptedRequest accepted;
		try {
			accepted = AcceptedRequest.of(request);
		}
		catch (RefusedInput refused) {
			Refusals.send(request, response, refused);
			return;
		}
		try {
			chain.doFilter(accepted, response);
		}
		catch (RuntimeException | ServletException failure) {
			var refusal = Refusals.in(failure);
			if (refusal.isEmpty() || response.isCommitted()) {
				throw failure;
			}
			Refusals.send(request, response, refusal.get());
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The refused request as its error page sees it: headers and address, no body. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
					: super.getHeaders(name);
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
