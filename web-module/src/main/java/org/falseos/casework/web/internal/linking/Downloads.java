package org.falseos.casework.web.internal.linking;

import org.falseos.casework.linkedvictims.Export;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Exports as responses: never cached, the sheets as attachments. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(Export export, boolean attachment) {
		var disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(export.fileName()).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(export.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.body(export.content());
	}
}
