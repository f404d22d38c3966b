package org.falseos.casework.cases.evidence;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types from content (Apache Tika's magic bytes), never from the file name: a name is a claim made by
 * whoever named the file, and a mismatch is worth recording rather than correcting.
 */
final class ContentTypes {

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private final Detector detector = new DefaultDetector(TYPES);

	/** Reads the first bytes of a stream that supports mark/reset and resets it, so nothing is consumed. */
	String detect(InputStream content) throws IOException {
		// No resource name in the metadata: Tika would otherwise let the name decide ties.
		return detector.detect(content, new Metadata()).toString();
	}

	/** The type the name's extension claims, or null when the name claims nothing Tika knows. */
	static String claimedBy(String fileName) {
		var metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try {
			MediaType claimed = TYPES.detect(null, metadata);
			return MediaType.OCTET_STREAM.equals(claimed) ? null : claimed.toString();
		}
		catch (IOException e) {
			return null;
		}
	}

	/** A name agrees with content when one type is the other or a specialisation of it (CSV is plain text). */
	static boolean agree(String claimed, String detected) {
		if (claimed == null || claimed.equals(detected)) {
			return true;
		}
		MediaType content = MediaType.parse(detected);
		if (MediaType.OCTET_STREAM.equals(content)) {
			// Every type specialises octet-stream: unrecognisable content never confirms a specific name.
			return false;
		}
		var registry = TYPES.getMediaTypeRegistry();
		MediaType name = MediaType.parse(claimed);
		return registry.isInstanceOf(name, content) || registry.isInstanceOf(content, name);
	}
}
