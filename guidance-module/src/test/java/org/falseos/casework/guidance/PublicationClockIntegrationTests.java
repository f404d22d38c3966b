package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class PublicationClockIntegrationTests {

	@Autowired
	Guidance guidance;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyLoadedItemHasAPlaceOnThePublicationClock() {
		var changes = guidance.publicationChangesSince(0, 1000);

		assertThat(changes).extracting(PublicationChange::itemId)
			.contains(new GuidanceItemId("scotland", "offence-stalking"))
			.doesNotHaveDuplicates();
		assertThat(changes).extracting(PublicationChange::sequence).isSorted();
		assertThat(guidance.publicationSequence()).isEqualTo(changes.getLast().sequence());
	}

	@Test
	void withdrawingAndRepublishingMoveTheClockOn() {
		var swatting = new GuidanceItemId("scotland", "essential-swatting");
		long before = guidance.publicationSequence();

		jdbc.sql("update guidance.item set withdrawn = true where id = :id").param("id", swatting.toString()).update();
		var withdrawal = guidance.publicationChangesSince(before, 10);
		jdbc.sql("update guidance.item set withdrawn = false where id = :id").param("id", swatting.toString()).update();

		assertThat(withdrawal).extracting(PublicationChange::itemId).containsExactly(swatting);
		assertThat(guidance.publicationChangesSince(withdrawal.getFirst().sequence(), 10))
			.extracting(PublicationChange::itemId).containsExactly(swatting);
		assertThat(guidance.publicationSequence()).isEqualTo(before + 2);
	}

	@Test
	void unrelatedUpdatesLeaveTheClockAlone() {
		long before = guidance.publicationSequence();

		jdbc.sql("update guidance.item set file_hash = file_hash").update();

		assertThat(guidance.publicationSequence()).isEqualTo(before);
		assertThat(guidance.publicationChangesSince(before, 10)).isEmpty();
	}

	@Test
	void aLimitBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> guidance.publicationChangesSince(0, 0));
	}
}
