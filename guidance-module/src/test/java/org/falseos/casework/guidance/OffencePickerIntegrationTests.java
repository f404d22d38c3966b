package org.falseos.casework.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest
class OffencePickerIntegrationTests {

	@Autowired
	Guidance guidance;

	@Test
	void threatsNameTheScottishRoutesAndSkipTheOnlineSafetyActOffencesThatDoNotApply() {
		var offences = guidance.offencesToName("scotland", Set.of(HarmType.THREATS));

		assertThat(offences).extracting(offence -> offence.offence().slug())
			.contains("offence-threatening-abusive-behaviour", "offence-menacing-communications",
					"offence-uttering-threats")
			.doesNotContain("offence-online-safety-act-threats");
		assertThat(offences).allSatisfy(offence -> assertThat(offence.reason()).isNotBlank());
	}

	@Test
	void stalkingNamesSectionThirtyNine() {
		var offences = guidance.offencesToName("scotland", Set.of(HarmType.STALKING));

		assertThat(offences).anySatisfy(offence -> {
			assertThat(offence.section()).isEqualTo("Section 39");
			assertThat(offence.harms()).containsExactly(HarmType.STALKING);
		});
	}

	@Test
	void defamationIsOfferedAsCivilOnly() {
		var offences = guidance.offencesToName("scotland", Set.of(HarmType.DEFAMATION));

		assertThat(offences).filteredOn(offence -> offence.offence().slug().equals("offence-defamation"))
			.singleElement().satisfies(offence -> assertThat(offence.civilOnly()).isTrue());
	}

	@Test
	void sextortionIsExtortion() {
		var offences = guidance.offencesToName("scotland", Set.of(HarmType.fromSlug("sextortion")));

		assertThat(offences).extracting(offence -> offence.offence().slug()).contains("offence-extortion");
	}

	@Test
	void doxxingBringsTheDataProtectionRouteFromTheDoxxingNote() {
		var offences = guidance.offencesToName("scotland", Set.of(HarmType.DOXXING));

		assertThat(offences).extracting(offence -> offence.offence().slug()).contains("doxxing-status",
				"offence-stalking");
	}

	@Test
	void anUnknownJurisdictionHasNoOffences() {
		assertThat(guidance.offencesToName("atlantis", Set.of(HarmType.THREATS))).isEmpty();
	}
}
