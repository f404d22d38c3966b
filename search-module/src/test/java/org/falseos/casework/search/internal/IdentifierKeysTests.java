package org.falseos.casework.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The same identifier written as a handle, without its @ or as a profile address meets on one key. */
class IdentifierKeysTests {

	@Test
	void handleWithOrWithoutAtAndInAnyCaseShareAKey() {
		assertThat(IdentifierKeys.of("@Troll_99")).contains("troll_99");
		assertThat(IdentifierKeys.of("troll_99")).contains("troll_99");
		assertThat(IdentifierKeys.of(" @TROLL_99 ")).contains("troll_99");
	}

	@Test
	void profileAddressGivesItsHandle() {
		assertThat(IdentifierKeys.of("https://x.com/Troll_99?s=20")).contains("troll_99", "x.com/troll_99");
		assertThat(IdentifierKeys.of("www.tiktok.com/@troll_99/")).contains("troll_99");
		assertThat(IdentifierKeys.of("https://www.reddit.com/u/Troll_99")).contains("troll_99");
	}

	@Test
	void deeperPathsAreNotTakenForAHandle() {
		assertThat(IdentifierKeys.of("https://example.org/news/2026/story")).doesNotContain("story", "news")
			.contains("example.org/news/2026/story");
	}

	@Test
	void emailKeepsItsDomainAndPhoneItsDigits() {
		assertThat(IdentifierKeys.of("Troll@Example.com")).containsExactly("troll@example.com");
		assertThat(IdentifierKeys.of("+44 7700 900123")).contains("447700900123", "07700900123");
		assertThat(IdentifierKeys.of("07700 900123")).contains("07700900123");
	}

	@Test
	void differentHandlesDoNotMeet() {
		Set<String> one = IdentifierKeys.of("@troll_99");
		assertThat(IdentifierKeys.of("@troll_98")).doesNotContainAnyElementsOf(one);
		assertThat(IdentifierKeys.of("   ")).isEmpty();
	}
}
