package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class ContentFileLoadingIntegrationTests {

	@Autowired
	Guidance guidance;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationRunner[] runners;

	@Test
	void contentFilesArePublishedAtStartUp() {
		assertThat(guidance.jurisdictions()).extracting(Jurisdiction::code).contains("scotland");
		assertThat(guidance.item(new GuidanceItemId("scotland", "offence-stalking"))).isPresent();
	}

	@Test
	void loadingUnchangedFilesAgainWritesNothing() throws Exception {
		long before = revisions();
		for (ApplicationRunner runner : runners) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(revisions()).isEqualTo(before);
	}

	private long revisions() {
		return jdbc.sql("select count(*) from guidance.revision").query(Long.class).single();
	}
}
