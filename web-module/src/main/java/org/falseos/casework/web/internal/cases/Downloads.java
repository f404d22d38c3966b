package org.falseos.casework.web.internal.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Files leave as attachments of type octet-stream with nosniff, so a browser never renders or runs them; the name
 * as given is encoded (RFC 6266) rather than trusted. They are streamed on the request's own (virtual) thread:
 * nothing is held whole in memory and no second thread writes the response.
 */
final class Downloads {

	private Downloads() {
	}

	static void send(HttpServletResponse response, String fileName, long size, Body body) throws IOException {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(fileName == null || fileName.isBlank() ? "evidence" : fileName, StandardCharsets.UTF_8)
			.build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		if (size >= 0) {
			response.setContentLengthLong(size);
		}
		try (OutputStream out = response.getOutputStream()) {
			body.writeTo(out);
		}
	}

	/** Writes the file's bytes. */
	interface Body {

		void writeTo(OutputStream out) throws IOException;
	}
}
