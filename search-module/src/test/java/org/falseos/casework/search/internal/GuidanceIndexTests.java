package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: missing, corrupt or older indexes are started afresh and flagged for a rebuild. */
class GuidanceIndexTests {

	final GuidanceAnalysis analysis = new GuidanceAnalysis();

	@TempDir
	Path root;

	@Test
	void aMissingIndexIsCreatedAndNeedsARebuild() throws IOException {
		try (var index = open()) {
			assertThat(index.needsRebuild()).isTrue();
			assertThat(index.publicationSequence()).isZero();
		}
		assertThat(root.resolve("guidance-v" + GuidanceIndex.SCHEMA_VERSION)).isDirectory();
	}

	@Test
	void aHealthyIndexIsKeptWithThePointItReachedOnThePublicationClock() throws IOException {
		try (var index = open()) {
			index.upsert("scotland.a", document("scotland.a"));
			index.commit(42);
		}
		try (var index = open()) {
			assertThat(index.needsRebuild()).isFalse();
			assertThat(index.documentCount()).isEqualTo(1);
			assertThat(index.publicationSequence()).isEqualTo(42);
		}
	}

	@Test
	void anIndexOfAnOlderSchemaInTheCurrentFolderIsStartedAfresh() throws IOException {
		Path folder = Files.createDirectories(root.resolve("guidance-v" + GuidanceIndex.SCHEMA_VERSION));
		try (var writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig())) {
			writer.addDocument(document("scotland.old"));
			writer.setLiveCommitData(Map.of(GuidanceIndex.SCHEMA_KEY, "1").entrySet());
			writer.commit();
		}
		try (var index = open()) {
			assertThat(index.needsRebuild()).isTrue();
			assertThat(index.documentCount()).isZero();
		}
	}

	@Test
	void foldersOfOlderSchemaVersionsAreDeleted() throws IOException {
		Files.createDirectories(root.resolve("guidance-v1"));
		Files.writeString(root.resolve("guidance-v1").resolve("segments_1"), "old");
		Files.createDirectories(root.resolve("unrelated"));

		open().close();

		assertThat(root.resolve("guidance-v1")).doesNotExist();
		assertThat(root.resolve("unrelated")).isDirectory();
	}

	@Test
	void aCorruptIndexIsStartedAfresh() throws IOException {
		try (var index = open()) {
			for (int i = 0; i < 20; i++) {
				index.upsert("scotland.item-" + i, document("scotland.item-" + i));
			}
			index.commit(7);
		}
		Path folder = root.resolve("guidance-v" + GuidanceIndex.SCHEMA_VERSION);
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(file -> !file.getFileName().toString().startsWith("segments")
					&& !file.getFileName().toString().equals("write.lock")).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = 0; i < bytes.length; i += 7) {
					bytes[i] = (byte) ~bytes[i];
				}
				Files.write(file, bytes);
			}
		}

		try (var index = open()) {
			assertThat(index.needsRebuild()).isTrue();
			assertThat(index.documentCount()).isZero();
			assertThat(index.publicationSequence()).isZero();
		}
	}

	@Test
	void deletingByIdRemovesOnlyThatItem() throws IOException {
		try (var index = open()) {
			index.upsert("scotland.a", document("scotland.a"));
			index.upsert("scotland.b", document("scotland.b"));
			index.upsert("scotland.a", document("scotland.a"));
			index.delete("scotland.b");
			index.commit(3);

			assertThat(index.ids()).containsExactly("scotland.a");
		}
	}

	private GuidanceIndex open() {
		return new GuidanceIndex(root, analysis.indexing());
	}

	private static Document document(String id) {
		var document = new Document();
		document.add(new StringField(GuidanceFields.ID, id, Field.Store.YES));
		return document;
	}
}
