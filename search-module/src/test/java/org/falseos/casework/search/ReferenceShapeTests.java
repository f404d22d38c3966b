package org.falseos.casework.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which searches are taken for a reference number (and so search cases first for caseworkers). */
class ReferenceShapeTests {

	@Test
	void referenceNumbersHoweverTyped() {
		assertThat(CaseSearch.looksLikeReferenceNumber("SCO/1234/26")).isTrue();
		assertThat(CaseSearch.looksLikeReferenceNumber("sco 1234 26")).isTrue();
		assertThat(CaseSearch.looksLikeReferenceNumber(" SCO-1234-26 ")).isTrue();
		assertThat(CaseSearch.looksLikeReferenceNumber("PS-20260042")).isTrue();
		assertThat(CaseSearch.looksLikeReferenceNumber("ico 12345")).isTrue();
	}

	@Test
	void wordsAndShortNumbersAreNot() {
		assertThat(CaseSearch.looksLikeReferenceNumber("999")).isFalse();
		assertThat(CaseSearch.looksLikeReferenceNumber("stalking")).isFalse();
		assertThat(CaseSearch.looksLikeReferenceNumber("harassment since 2024")).isFalse();
		assertThat(CaseSearch.looksLikeReferenceNumber("SCO//1234")).isFalse();
		assertThat(CaseSearch.looksLikeReferenceNumber("1".repeat(41))).isFalse();
		assertThat(CaseSearch.looksLikeReferenceNumber(null)).isFalse();
	}
}
