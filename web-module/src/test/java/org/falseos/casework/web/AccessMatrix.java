package org.falseos.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of {@code access-matrix.txt}: for each route, what each role (and an anonymous caller) gets. */
record AccessMatrix(List<Row> rows) {

	static final List<String> CALLERS = List.of("anonymous", "CASEWORKER", "COORDINATOR", "SUPERVISOR", "STAFF",
			"EDITOR", "ADMIN");

	/** One route: {@code outcomes} in the order of {@link #CALLERS}. */
	record Row(String route, String sample, List<String> outcomes, int line) {

		String method() {
			return route.substring(0, route.indexOf(' '));
		}
	}

	static AccessMatrix load(String resource) {
		try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the test classpath");
			}
			var rows = new ArrayList<Row>();
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\s+");
				if (cells.length != 3 + CALLERS.size()) {
					throw new IllegalStateException(resource + " line " + (i + 1) + ": expected method, pattern, sample and "
							+ CALLERS.size() + " outcomes " + CALLERS + ", found: " + line);
				}
				rows.add(new Row(cells[0] + " " + cells[1], cells[2], Arrays.asList(cells).subList(3, cells.length),
						i + 1));
			}
			return new AccessMatrix(List.copyOf(rows));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
