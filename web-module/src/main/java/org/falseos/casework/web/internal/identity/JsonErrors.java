package org.falseos.casework.web.internal.identity;

import java.io.IOException;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers when a caller has not signed in (401, with the challenge of the sign-in method), was refused
 * by the sign-in throttle (429) or lacks the role (403): a JSON body, never a login page. The messages are fixed,
 * so no credential or token detail can leak.
 */
class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json = JsonMapper.builder().build();

	private final String challenge;

	JsonErrors(String challenge) {
		this.challenge = challenge;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LockedException) {
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, ThrottledPasswordSignIn.PAUSED
					+ " for a while. Try again later; an administrator can lift the pause.");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		write(request, response, HttpStatus.UNAUTHORIZED, "Sign in first: this API needs credentials.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
			throws IOException {
		var body = new LinkedHashMap<String, Object>();
		body.put("status", status.value());
		body.put("error", status.getReasonPhrase());
		body.put("message", message);
		body.put("path", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
