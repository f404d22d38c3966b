package org.falseos.casework.web.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.MultipartStream;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.IOFileUploadException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** How the container's failures to read an upload are answered, in the shapes Tomcat throws them. */
class UploadsTests {

	@Test
	void aFileOrRequestOverTheLimitIsA413() {
		var file = Uploads.refusal(new IllegalStateException(new FileSizeLimitExceededException("too big", 10, 5)));
		var request = Uploads.refusal(new IllegalStateException(new SizeLimitExceededException("too big", 10, 5)));

		assertThat(file.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(file.getMessage()).isEqualTo(RefusedInput.UPLOAD_TOO_LARGE);
		assertThat(request.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void aBodyWithoutABoundaryOrCutShortIsA400WithoutAField() {
		var noBoundary = Uploads.refusal(new FileUploadException("the request was rejected because no multipart boundary was found"));
		var cutShort = Uploads.refusal(new IOFileUploadException("Processing failed",
				new MultipartStream.MalformedStreamException("Stream ended unexpectedly")));

		for (var refusal : new RefusedInput[] { noBoundary, cutShort }) {
			assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(refusal.getMessage()).isEqualTo(RefusedInput.UPLOAD_MALFORMED);
			assertThat(refusal.fields()).isEmpty();
		}
	}

	@Test
	void aNulInAFileNameIsRefusedNamingTheFile() {
		var refusal = Uploads.refusal(new InvalidFileNameException("a\0b.png", "Invalid file name: a\\0b.png"));

		assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refusal.fields()).containsOnlyKeys("file");
	}

	@Test
	void fileNamesFollowTheTextRuleAndAReplacementCharacterMeansTheNameWasNotUtf8() {
		Uploads.checkFileName("file", "Screenshot 2026-11-20 à 21.35.png");

		assertThatThrownBy(() -> Uploads.checkFileName("file", "a\uFFFDb.png")).isInstanceOf(RefusedInput.class)
			.hasMessageContaining("not valid UTF-8");
		assertThatThrownBy(() -> Uploads.checkFileName("file", "a\u0007b.png")).isInstanceOf(RefusedInput.class)
			.hasMessageContaining("U+0007");
	}
}
