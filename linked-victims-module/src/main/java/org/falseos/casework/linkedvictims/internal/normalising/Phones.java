package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Phone numbers in E.164 through libphonenumber, read in the jurisdiction's region, so that {@code 07700 900123}
 * in Scotland and {@code +44 7700 900123} are one number. Without a known region only numbers written with
 * their country code ({@code +} or {@code 00}) can be placed.
 */
final class Phones {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	// The guides' jurisdiction codes; a two-letter region code is taken as it is.
	private static final Map<String, String> REGIONS = Map.ofEntries(Map.entry("scotland", "GB"),
			Map.entry("england", "GB"), Map.entry("wales", "GB"), Map.entry("northern-ireland", "GB"),
			Map.entry("united-kingdom", "GB"), Map.entry("ireland", "IE"), Map.entry("united-states", "US"),
			Map.entry("canada", "CA"), Map.entry("australia", "AU"), Map.entry("new-zealand", "NZ"),
			Map.entry("south-africa", "ZA"));

	private Phones() {
	}

	static String region(String jurisdiction) {
		if (jurisdiction == null || jurisdiction.isBlank()) {
			return null;
		}
		String code = Texts.fold(jurisdiction.strip());
		if (REGIONS.containsKey(code)) {
			return REGIONS.get(code);
		}
		String upper = code.toUpperCase(java.util.Locale.ROOT);
		return PHONES.getSupportedRegions().contains(upper) ? upper : null;
	}

	static Optional<String> e164(String cleaned, String jurisdiction) {
		String text = cleaned.replaceFirst("(?i)^tel:", "").strip();
		String region = region(jurisdiction);
		if (region == null) {
			if (text.startsWith("00")) {
				text = "+" + text.substring(2);
			}
			if (!text.startsWith("+")) {
				return Optional.empty();
			}
		}
		try {
			var number = PHONES.parse(text, region == null ? "ZZ" : region);
			return PHONES.isPossibleNumber(number) ? Optional.of(PHONES.format(number, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException unreadable) {
			return Optional.empty();
		}
	}
}
