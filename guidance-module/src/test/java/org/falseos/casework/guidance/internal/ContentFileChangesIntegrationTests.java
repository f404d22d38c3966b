package org.falseos.casework.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceEditorial;
import org.falseos.casework.guidance.GuidanceItemId;
import org.falseos.casework.guidance.RevisionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationModuleTest
@TestPropertySource(properties = "falseos.test.context=content-file-changes")
class ContentFileChangesIntegrationTests {

	static final GuidanceItemId ITEM = new GuidanceItemId("scotland", "file-change-probe");

	@Autowired
	ContentFileLoader loader;

	@Autowired
	Guidance guidance;

	@Autowired
	GuidanceEditorial editorial;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangedFileRepublishesFileContentButOnlyDraftsOverAnEditorsRevision() {
		load("Probe v1");
		assertThat(guidance.item(ITEM).orElseThrow().title()).isEqualTo("Probe v1");

		load("Probe v2");
		assertThat(guidance.item(ITEM).orElseThrow().title()).isEqualTo("Probe v2");

		var edited = editorial.draft(ITEM, editorial.contentToEdit(ITEM).orElseThrow(), "editor");
		editorial.publish(ITEM, edited.number(), "supervisor", null);
		load("Probe v3");

		assertThat(guidance.item(ITEM).orElseThrow().title()).isEqualTo("Probe v2");
		assertThat(editorial.history(ITEM).getFirst()).satisfies(latest -> {
			assertThat(latest.status()).isEqualTo(RevisionStatus.DRAFT);
			assertThat(latest.content().title()).isEqualTo("Probe v3");
		});
	}

	@Test
	void anUnchangedFileIsNotLoadedAgain() {
		assertThat(load("Same")).isTrue();
		assertThat(load("Same")).isFalse();
	}

	private boolean load(String title) {
		String yaml = """
				id: file-change-probe
				kind: essential
				position: 99
				title: %s
				body: A probe item.
				lastVerified: 2026-11-26
				reviewDue: 2027-05-26
				""".formatted(title);
		var file = new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "probe");
		return transactions.execute(status -> loader.load("scotland", file));
	}
}
