package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lucene writes its files with the process umask; in these folders they are the owner's alone all the same. */
class OwnerOnlyDirectoryTests {

	@TempDir
	Path root;

	@Test
	void everyFileAnIndexWriterMakesIsOwnerOnly() throws IOException {
		Path folder = root.resolve("index");
		try (var directory = new OwnerOnlyDirectory(folder);
				var writer = new IndexWriter(directory, new IndexWriterConfig(new GuidanceAnalysis().text()))) {
			for (int i = 0; i < 50; i++) {
				var document = new Document();
				document.add(new StringField("id", "item-" + i, Field.Store.YES));
				document.add(new TextField("body", "threats and harassment online " + i, Field.Store.YES));
				writer.addDocument(document);
				if (i % 10 == 0) {
					writer.commit();
				}
			}
			writer.forceMerge(1);
			writer.commit();

			assertThat(modesIn(folder)).containsKey("write.lock").allSatisfy((name, mode) ->
					assertThat(mode).as(name).isIn("rw-------", "rwx------"));
		}
	}

	@Test
	void everyFileTheSuggesterMakesIsOwnerOnly() throws IOException {
		Path folder = root.resolve("suggest");
		var words = new GuidanceAnalysis().words();
		try (var suggester = new AnalyzingInfixSuggester(new OwnerOnlyDirectory(folder), words, words, 2, true)) {
			suggester.build(new Titles(List.of("Report a threat", "Record the evidence", "Reach the police")));

			assertThat(modesIn(folder)).isNotEmpty().allSatisfy((name, mode) ->
					assertThat(mode).as(name).isIn("rw-------", "rwx------"));
		}
	}

	@Test
	void aFolderLeftOpenByAnEarlierVersionIsClosedWithItsFiles() throws IOException {
		Path folder = Files.createDirectories(root.resolve("old"));
		Files.writeString(folder.resolve("segments_1"), "old");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(folder.resolve("segments_1"), PosixFilePermissions.fromString("rw-r--r--"));

		new OwnerOnlyDirectory(folder).close();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(modesIn(folder)).containsEntry("segments_1", "rw-------");
	}

	private static Map<String, String> modesIn(Path folder) throws IOException {
		Map<String, String> modes = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				modes.put(file.getFileName().toString(),
						PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
			}
		}
		return modes;
	}

	/** Titles to suggest, all of equal weight. */
	private static final class Titles implements InputIterator {

		private final java.util.Iterator<String> titles;

		Titles(List<String> titles) {
			this.titles = titles.iterator();
		}

		@Override
		public BytesRef next() {
			return titles.hasNext() ? new BytesRef(titles.next()) : null;
		}

		@Override
		public long weight() {
			return 1;
		}

		@Override
		public BytesRef payload() {
			return null;
		}

		@Override
		public boolean hasPayloads() {
			return false;
		}

		@Override
		public java.util.Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}
	}
}
