package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The client's seed guide is served complete and exact. */
@ApplicationModuleTest
class SeedGuideIntegrationTests {

	@Autowired
	Guidance guidance;

	@Test
	void everySectionOfTheSeedIsPresentWithItsCount() {
		var guide = guidance.guide("scotland").orElseThrow();

		assertThat(guide.itemsOf(ItemKind.EMERGENCY)).hasSize(1);
		assertThat(guide.itemsOf(ItemKind.CHANNEL)).hasSize(3);
		assertThat(guide.itemsOf(ItemKind.NATIONAL_BODY)).hasSize(5);
		assertThat(guide.itemsOf(ItemKind.OFFENCE)).hasSize(8);
		assertThat(guide.itemsOf(ItemKind.NOTE)).hasSize(2);
		assertThat(guide.itemsOf(ItemKind.CROSS_BORDER)).hasSize(5);
		assertThat(guide.itemsOf(ItemKind.LADDER_RUNG)).hasSize(8);
		assertThat(guide.itemsOf(ItemKind.ESSENTIAL)).hasSize(5);
	}

	@Test
	void theLadderHasEightRungsInOrderAndTheLeadChannelIsFirst() {
		var guide = guidance.guide("scotland").orElseThrow();

		assertThat(guide.itemsOf(ItemKind.LADDER_RUNG)).extracting(item -> item.content().rung().number())
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(guide.itemsOf(ItemKind.CHANNEL).getFirst().content().isLead()).isTrue();
		assertThat(guide.itemsOf(ItemKind.CHANNEL).getFirst().content().contacts())
			.anySatisfy(contact -> assertThat(contact.value()).isEqualTo("101"));
	}

	@Test
	void theGuideMarksWhatDoesNotApplyInScotland() {
		var guide = guidance.guide("scotland").orElseThrow();

		assertThat(item("report-fraud").content().isNotForThisJurisdiction()).isTrue();
		assertThat(item("offence-online-safety-act-threats").content().offence().applies()).isFalse();
		assertThat(item("offence-defamation").content().offence().isCivilOnly()).isTrue();
		assertThat(guide.crossBorderGuideFor("new-zealand")).map(GuidanceItem::title).isPresent();
	}

	@ParameterizedTest(name = "{0} states \"{1}\"")
	@MethodSource("seedFacts")
	void exactFactsOfTheSeedAreServedAsWritten(String slug, String fact) {
		var served = item(slug).content();

		assertThat(servedText(served)).contains(fact);
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> seedFacts() throws IOException {
		String facts = new ClassPathResource("seed-facts.tsv").getContentAsString(StandardCharsets.UTF_8);
		return facts.lines().filter(line -> !line.isBlank()).map(line -> line.split("\t", 2))
			.map(parts -> org.junit.jupiter.params.provider.Arguments.of(parts[0], parts[1]));
	}

	private GuidanceItem item(String slug) {
		return guidance.item(new GuidanceItemId("scotland", slug)).orElseThrow();
	}

	/** Every text a reader can be shown for the item, structured fields included. */
	private static String servedText(ItemContent content) {
		// A record's text form lists every component, nested facts included.
		return content.toString();
	}
}
