package org.falseos.casework.cases;

import java.io.IOException;
import java.io.InputStream;

/** The original bytes of a piece of evidence, exactly as uploaded, with its record. The caller closes it. */
public record EvidenceOriginal(EvidenceRecord record, InputStream content) implements AutoCloseable {

	@Override
	public void close() throws IOException {
		content.close();
	}
}
