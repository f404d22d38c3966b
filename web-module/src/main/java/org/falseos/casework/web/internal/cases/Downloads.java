package org.falseos.casework.web.internal.cases;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Files leave as attachments of type octet-stream with nosniff, so a browser never renders or runs them; the name
 * as given is encoded (RFC 6266) rather than trusted.
 */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<StreamingResponseBody> attachment(String fileName, long size, StreamingResponseBody body) {
		var headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(fileName == null || fileName.isBlank() ? "evidence" : fileName, StandardCharsets.UTF_8)
			.build());
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setCacheControl("no-store");
		if (size >= 0) {
			headers.setContentLength(size);
		}
		return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_OCTET_STREAM).body(body);
	}
}
