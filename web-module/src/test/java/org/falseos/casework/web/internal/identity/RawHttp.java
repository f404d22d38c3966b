package org.falseos.casework.web.internal.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand, for what Java's HTTP client will not send: a {@code Host} header of the caller's
 * choosing, as an attacker or a misconfigured proxy would.
 */
record RawHttp(int port) {

	/** The response: status line and headers as received, and the body. */
	record Response(int status, String head, String body) {

		String header(String name) {
			Matcher matcher = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
			return matcher.find() ? matcher.group(1) : null;
		}
	}

	Response send(String method, String path, String host, String cookie, String formBody) {
		var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
		if (cookie != null) {
			request.append("Cookie: ").append(cookie).append("\r\n");
		}
		byte[] body = formBody == null ? new byte[0] : formBody.getBytes(StandardCharsets.UTF_8);
		if (formBody != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
				.append(body.length)
				.append("\r\n");
		}
		request.append("\r\n");
		try (var socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(body);
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = response.indexOf("\r\n\r\n");
			String head = end < 0 ? response : response.substring(0, end);
			return new Response(Integer.parseInt(head.substring(9, 12)), head, end < 0 ? "" : response.substring(end + 4));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
