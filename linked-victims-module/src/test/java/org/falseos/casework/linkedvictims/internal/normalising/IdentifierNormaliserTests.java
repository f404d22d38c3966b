package org.falseos.casework.linkedvictims.internal.normalising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.falseos.casework.cases.IdentifierKind.EMAIL;
import static org.falseos.casework.cases.IdentifierKind.HANDLE;
import static org.falseos.casework.cases.IdentifierKind.NAME;
import static org.falseos.casework.cases.IdentifierKind.OTHER;
import static org.falseos.casework.cases.IdentifierKind.PHONE;
import static org.falseos.casework.cases.IdentifierKind.URL;

import java.util.stream.Stream;

import org.falseos.casework.cases.IdentifierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same person written differently must match; different people must not. Each row is one realistic pair of
 * entries as two caseworkers might make them: kind and platform of each entry, its value, and the jurisdiction.
 */
class IdentifierNormaliserTests {

	final IdentifierNormaliser normaliser = new IdentifierNormaliser();

	static Stream<Arguments> samePerson() {
		return Stream.of(
				// X / Twitter: @ or not, case, hosts, mobile, query strings, trailing slashes, old hash-bang links
				pair(HANDLE, "X", "@troll_99", HANDLE, "Twitter", "troll_99"),
				pair(HANDLE, "X", "@Troll_99", HANDLE, "x", "@troll_99"),
				pair(URL, null, "https://x.com/troll_99", HANDLE, "X", "@troll_99"),
				pair(URL, null, "https://twitter.com/Troll_99/", URL, null, "x.com/troll_99"),
				pair(URL, null, "https://mobile.twitter.com/troll_99?s=20&t=abc", HANDLE, "twitter", "TROLL_99"),
				pair(URL, null, "http://www.twitter.com/#!/troll_99", HANDLE, "X", "troll_99"),
				pair(URL, null, "https://x.com/troll_99/status/1790000000000000000", HANDLE, "X (Twitter)", "@troll_99"),
				pair(HANDLE, "X", "https://fxtwitter.com/troll_99", HANDLE, "X", "troll_99"),
				pair(HANDLE, "twitter.com", "troll_99", HANDLE, "X", " @troll_99 "),
				pair(HANDLE, "X", "＠ｔｒｏｌｌ＿９９", HANDLE, "X", "@troll_99"),
				pair(HANDLE, "X", "@troll_99\u200B", HANDLE, "X", "@troll_99"),
				// Instagram, Threads, TikTok
				pair(URL, null, "https://www.instagram.com/Dark.Angel_22/?igsh=MWQ1ZGUxMzBkMA==", HANDLE, "Instagram",
						"@dark.angel_22"),
				pair(URL, null, "instagram.com/stories/dark.angel_22/3312345678901234567", HANDLE, "IG", "dark.angel_22"),
				pair(URL, null, "https://www.tiktok.com/@Night.Caller?lang=en", HANDLE, "TikTok", "@night.caller"),
				pair(URL, null, "https://m.tiktok.com/@night.caller/video/7301234567890123456", HANDLE, "tiktok",
						"night.caller"),
				pair(URL, null, "https://www.threads.net/@Dark.Angel_22", HANDLE, "Threads", "dark.angel_22"),
				// GitHub, Reddit, Twitch, YouTube, Telegram, Snapchat, Bluesky
				pair(URL, null, "https://github.com/DoxBot", HANDLE, "GitHub", "doxbot"),
				pair(URL, null, "https://old.reddit.com/user/Throwaway_Hate/comments/", HANDLE, "reddit", "u/throwaway_hate"),
				pair(URL, null, "https://www.reddit.com/u/throwaway_hate", HANDLE, "Reddit", "/u/Throwaway_Hate"),
				pair(URL, null, "https://www.twitch.tv/RageStreamer", HANDLE, "Twitch", "ragestreamer"),
				pair(URL, null, "https://www.youtube.com/@HateChannel", HANDLE, "YouTube", "@hatechannel"),
				pair(URL, null, "https://m.youtube.com/@hatechannel/videos", HANDLE, "YT", "@HateChannel"),
				pair(URL, null, "https://youtube.com/channel/UCabcdefghijklmnopqrstuv", HANDLE, "YouTube",
						"UCabcdefghijklmnopqrstuv"),
				pair(URL, null, "https://t.me/AnonSender", HANDLE, "Telegram", "@anonsender"),
				pair(URL, null, "https://www.snapchat.com/add/ghost.user", HANDLE, "Snapchat", "Ghost.User"),
				pair(URL, null, "https://bsky.app/profile/troll.bsky.social", HANDLE, "Bluesky", "@Troll"),
				// Facebook: usernames fold case; numeric profile ids in every form
				pair(URL, null, "https://www.facebook.com/John.Smith.5501", HANDLE, "Facebook", "john.smith.5501"),
				pair(URL, null, "https://m.facebook.com/profile.php?id=100012345678901&ref=bookmarks", HANDLE, "Facebook",
						"100012345678901"),
				pair(URL, null, "https://www.facebook.com/people/Fake-Name/100012345678901/", URL, null,
						"facebook.com/profile.php?id=100012345678901"),
				pair(URL, null, "https://fb.com/100012345678901", URL, null,
						"https://www.facebook.com/profile.php?id=100012345678901#"),
				// Unknown sites: scheme, www, trailing slash, fragment and tracking parameters do not matter
				pair(URL, null, "https://www.example-forum.org/members/Troll99/", URL, null,
						"http://example-forum.org/members/Troll99"),
				pair(URL, null, "https://example-forum.org/members/Troll99?utm_source=x&fbclid=abc#posts", URL, null,
						"example-forum.org/members/Troll99"),
				pair(URL, null, "https://Example-Forum.ORG/profile?u=77&tab=posts", URL, null,
						"https://example-forum.org/profile?tab=posts&u=77"),
				// E-mail
				pair(EMAIL, null, "J.Doe@Gmail.com", EMAIL, null, "jdoe@gmail.com"),
				pair(EMAIL, null, "j.doe+harass@googlemail.com", EMAIL, null, "jdoe@gmail.com"),
				pair(EMAIL, null, "Troll Sender <troll.sender+x@outlook.com>", EMAIL, null, "troll.sender@outlook.com"),
				pair(EMAIL, null, "mailto:anon+one@proton.me", EMAIL, null, "ANON@proton.me"),
				pair(EMAIL, null, "sender+tag@fastmail.com", EMAIL, null, "sender@fastmail.com"),
				pair(EMAIL, null, "Hater@Hotmail.co.uk ", EMAIL, null, "hater+abc@hotmail.co.uk"),
				pair(HANDLE, null, "mailto:jdoe@gmail.com", EMAIL, null, "j.d.o.e@gmail.com"),
				// Phone numbers: national and international forms, the jurisdiction's region, WhatsApp links
				pair(PHONE, null, "07700 900123", PHONE, null, "+44 7700 900123"),
				pair(PHONE, null, "(07700) 900-123", PHONE, null, "+447700900123"),
				pair(PHONE, null, "0044 7700 900123", PHONE, null, "+44 (0)7700 900123"),
				pair(PHONE, null, "tel:+44-7700-900123", PHONE, null, "07700900123"),
				pair(URL, null, "https://wa.me/447700900123", PHONE, null, "07700 900 123"),
				pair(URL, null, "https://api.whatsapp.com/send?phone=447700900123&text=hi", PHONE, null, "+44 7700 900123"),
				pair(PHONE, null, "+1 (202) 555-0143", PHONE, null, "+12025550143"),
				// Names and other identifiers
				pair(NAME, null, "John  SMITH", NAME, null, "john smith"),
				pair(NAME, null, "Smith, John", NAME, null, "John Smith"),
				pair(NAME, null, "José Álvarez", NAME, null, "Jose Alvarez"),
				pair(OTHER, null, " BTC: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh ", OTHER, null,
						"btc: BC1QXY2KGDYGJRSQTZQ2N0YRF2493P83KKFJHX0WLH"));
	}

	static Stream<Arguments> differentPeople() {
		return Stream.of(
				pair(URL, null, "x.com/troll_99", URL, null, "x.com/troll_990"),
				pair(HANDLE, "X", "@troll_99", HANDLE, "Instagram", "@troll_99"),
				pair(HANDLE, "X", "@troll_99", HANDLE, "X", "@troll.99"),
				pair(URL, null, "https://x.com/troll_99", URL, null, "https://x.com/i/status/1790000000000000000"),
				pair(URL, null, "https://www.instagram.com/dark.angel_22/", HANDLE, "Instagram", "darkangel_22"),
				pair(URL, null, "https://www.tiktok.com/@night.caller", URL, null, "https://vm.tiktok.com/ZMnight.caller/"),
				pair(URL, null, "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv", URL, null,
						"https://www.youtube.com/channel/UCABCDEFGHIJKLMNOPQRSTUV"),
				pair(URL, null, "https://www.facebook.com/profile.php?id=100012345678901", URL, null,
						"https://www.facebook.com/profile.php?id=100012345678902"),
				pair(URL, null, "https://example-forum.org/members/Troll99", URL, null, "https://example-forum.org/members/troll99"),
				pair(URL, null, "https://example-forum.org/profile?u=77", URL, null, "https://example-forum.org/profile?u=78"),
				pair(HANDLE, "Kick", "RageStreamer", HANDLE, "Kick", "ragestreamer"),
				pair(HANDLE, "Discord", "ghost_user", HANDLE, "Twitch", "ghost_user"),
				pair(EMAIL, null, "j.doe@outlook.com", EMAIL, null, "jdoe@outlook.com"),
				pair(EMAIL, null, "j.doe@example.org", EMAIL, null, "jdoe@example.org"),
				pair(EMAIL, null, "jdoe+tag@example.org", EMAIL, null, "jdoe@example.org"),
				pair(EMAIL, null, "jdoe@gmail.com", EMAIL, null, "jdoe@gmail.co.uk"),
				pair(EMAIL, null, "jdoe@gmail.com", EMAIL, null, "jdoe2@gmail.com"),
				pair(PHONE, null, "+1 202 555 0143", PHONE, null, "+44 202 555 0143"),
				pair(PHONE, null, "07700 900123", PHONE, null, "07700 900124"),
				pair(PHONE, null, "+44 7700 900123", HANDLE, "X", "447700900123"),
				pair(NAME, null, "John Smith", NAME, null, "Jon Smith"),
				pair(NAME, null, "John Smith", OTHER, null, "John Smith"));
	}

	@ParameterizedTest(name = "{1} ''{2}'' = {4} ''{5}''")
	@MethodSource("samePerson")
	void theSamePersonWrittenDifferentlyMatches(String jurisdiction, IdentifierKind kindA, String platformA,
			String valueA, IdentifierKind kindB, String platformB, String valueB) {
		assertThat(normaliser.normalise(kindA, platformA, valueA, jurisdiction).key())
			.isEqualTo(normaliser.normalise(kindB, platformB, valueB, jurisdiction).key());
	}

	@ParameterizedTest(name = "{1} ''{2}'' ≠ {4} ''{5}''")
	@MethodSource("differentPeople")
	void differentPeopleNeverMatch(String jurisdiction, IdentifierKind kindA, String platformA, String valueA,
			IdentifierKind kindB, String platformB, String valueB) {
		assertThat(normaliser.normalise(kindA, platformA, valueA, jurisdiction).key())
			.isNotEqualTo(normaliser.normalise(kindB, platformB, valueB, jurisdiction).key());
	}

	@Test
	void phoneNumbersWithoutCountryCodeNeedAKnownJurisdiction() {
		assertThat(normaliser.normalise(PHONE, null, "07700 900123", "scotland").value()).isEqualTo("+447700900123");
		assertThat(normaliser.normalise(PHONE, null, "+44 7700 900123", "atlantis").value()).isEqualTo("+447700900123");
		var unplaced = normaliser.normalise(PHONE, null, "07700 900123", "atlantis");
		assertThat(unplaced.platform()).isEqualTo("unplaced");
		assertThat(unplaced.key()).isNotEqualTo(normaliser.normalise(PHONE, null, "+44 7700 900123", "scotland").key());
		assertThat(normaliser.normalise(PHONE, null, "(202) 555-0143", "united-states").value()).isEqualTo("+12025550143");
	}

	@Test
	void namesAreWeakEvidenceAndEverythingElseStrong() {
		assertThat(normaliser.normalise(NAME, null, "John Smith", "scotland").weak()).isTrue();
		assertThat(normaliser.normalise(HANDLE, "X", "@troll_99", "scotland").weak()).isFalse();
	}

	@Test
	void profileAddressesOfKnownPlatformsBecomeHandlesAndOthersKeepTheirPathCase() {
		var handle = normaliser.normalise(URL, null, "https://mobile.twitter.com/Troll_99?s=20", "scotland");
		assertThat(handle).extracting("kind", "platform", "value").containsExactly("handle", "x", "troll_99");
		var page = normaliser.normalise(URL, null, "https://www.Example-Forum.org/Members/Troll99/#top", "scotland");
		assertThat(page).extracting("kind", "platform", "value")
			.containsExactly("url", "example-forum.org", "example-forum.org/Members/Troll99");
	}

	@Test
	void referenceNumbersMatchHoweverTypedButOnlyAtTheSameAgency() {
		assertThat(normaliser.referenceNumber("Police Scotland", "PS-2026-0001 ").key())
			.isEqualTo(normaliser.referenceNumber(" police  scotland", "ps 2026/0001").key());
		assertThat(normaliser.referenceNumber("Police Scotland", "PS-2026-0001").key())
			.isNotEqualTo(normaliser.referenceNumber("Action Fraud", "PS-2026-0001").key());
		assertThat(normaliser.referenceNumber("Police Scotland", "PS-2026-0001").key())
			.isNotEqualTo(normaliser.referenceNumber("Police Scotland", "PS-2026-0010").key());
	}

	@Test
	void theMaskedDisplayHidesAtLeastHalfAndShowsTheEndsOnlyOfLongValues() {
		assertThat(normaliser.normalise(HANDLE, "X", "@troll_99", "scotland").masked()).isEqualTo("@tr•••");
		assertThat(normaliser.normalise(HANDLE, "X", "@the_troll_99", "scotland").masked()).isEqualTo("@th•••99");
		assertThat(normaliser.normalise(HANDLE, "X", "@abc", "scotland").masked()).isEqualTo("@a•••");
		assertThat(normaliser.normalise(HANDLE, "X", "@ab", "scotland").masked()).isEqualTo("@•••");
		assertThat(normaliser.normalise(EMAIL, null, "perpetrator@example.org", "scotland").masked())
			.isEqualTo("pe•••rg").doesNotContain("perpetrator");
	}

	@Test
	void blankValuesAreRefused() {
		assertThatThrownBy(() -> normaliser.normalise(HANDLE, "X", " \u200B ", "scotland"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> normaliser.referenceNumber("Police Scotland", " - "))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Arguments pair(IdentifierKind kindA, String platformA, String valueA, IdentifierKind kindB,
			String platformB, String valueB) {
		return Arguments.of("scotland", kindA, platformA, valueA, kindB, platformB, valueB);
	}
}
