package org.falseos.casework.web.internal.input;

import java.util.Locale;

import jakarta.servlet.http.Part;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * What a multipart upload must be: readable to its end, and with file names that pass the text rule. The
 * container decodes the part headers itself and repairs bad UTF-8 with U+FFFD, so a replacement character in a
 * file name is taken for what it almost always is, a name that was not UTF-8, and refused.
 */
final class Uploads {

	static final String MALFORMED = RefusedInput.UPLOAD_MALFORMED;

	private Uploads() {
	}

	/** The file name exactly as Spring's multipart support will hand it to controllers; null for a text part. */
	static String fileName(Part part) {
		try {
			return ContentDisposition.parse(part.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename();
		}
		catch (IllegalArgumentException | NullPointerException malformed) {
			// Spring cannot read the header; what the container made of the name says why, if it is the name.
			String submitted = submittedFileName(part);
			if (submitted != null) {
				checkFileName(part.getName(), submitted);
			}
			throw RefusedInput.unreadable(MALFORMED);
		}
	}

	private static String submittedFileName(Part part) {
		try {
			return part.getSubmittedFileName();
		}
		catch (RuntimeException unreadable) {
			// The container refuses a name with NUL in it this way.
			if (unreadable.getClass().getSimpleName().equals("InvalidFileNameException")) {
				throw RefusedInput.of(part.getName(), "The file name contains a NUL character (U+0000), which is not "
						+ "accepted. Rename the file and upload it again.");
			}
			return null;
		}
	}

	static void checkFileName(String field, String fileName) {
		if (fileName.indexOf('\uFFFD') >= 0) {
			throw RefusedInput.of(field, "The file name is not valid UTF-8 text; rename the file and upload it again.");
		}
		AcceptedText.problem(fileName).ifPresent(problem -> {
			throw RefusedInput.of(field, "The file name " + problem + " Rename the file and upload it again.");
		});
	}

	/** The container could not read the parts: too large (413), or malformed or cut short (400). */
	static RefusedInput refusal(Throwable unreadable) {
		for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName().toLowerCase(Locale.ROOT);
			if (name.contains("sizelimitexceeded") || name.contains("sizeexception")) {
				return RefusedInput.tooLarge("file", RefusedInput.UPLOAD_TOO_LARGE);
			}
			if (name.equals("invalidfilenameexception")) {
				return RefusedInput.of("file", "The file name contains a NUL character (U+0000), which is not accepted. "
						+ "Rename the file and upload it again.");
			}
			if (name.equals("filecountlimitexceededexception")) {
				return RefusedInput.unreadable("The upload has more parts than this application accepts.");
			}
		}
		return RefusedInput.unreadable(MALFORMED);
	}
}
