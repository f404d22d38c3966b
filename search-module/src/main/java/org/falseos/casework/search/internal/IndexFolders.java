package org.falseos.casework.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The folders of derived indexes: one per schema version, and older versions deleted once a newer one opens. */
final class IndexFolders {

	private IndexFolders() {
	}

	/** Deletes {@code <prefix><n>} folders beside the current version whose {@code n} is lower. */
	static void deleteOlderVersions(Path root, String prefix, int current) {
		var versioned = Pattern.compile(Pattern.quote(prefix) + "(\\d+)");
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.toList()) {
				var match = versioned.matcher(folder.getFileName().toString());
				if (match.matches() && Integer.parseInt(match.group(1)) < current) {
					deleteRecursively(folder);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clean up old index folders in " + root, e);
		}
	}

	/** Empties a folder, keeping the folder itself. */
	static void clear(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				deleteRecursively(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clear " + folder, e);
		}
	}

	static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}
}
