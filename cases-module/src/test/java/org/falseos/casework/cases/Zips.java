package org.falseos.casework.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a ZIP written by an export, entry by entry, in order. */
final class Zips {

	private Zips() {
	}

	static Map<String, byte[]> entries(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entries.put(entry.getName(), in.readAllBytes()) != null) {
					throw new IllegalStateException("Two entries named " + entry.getName());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return entries;
	}
}
