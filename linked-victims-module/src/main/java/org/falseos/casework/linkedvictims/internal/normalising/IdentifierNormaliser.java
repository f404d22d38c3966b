package org.falseos.casework.linkedvictims.internal.normalising;

import java.util.Locale;

import org.falseos.casework.cases.IdentifierKind;

/**
 * Turns perpetrator identifiers and reference numbers, as caseworkers enter them, into one canonical form, so
 * that the same account or number written differently matches and different ones do not. Pure: no state, no
 * Spring, no I/O. Where a platform or provider rule is not documented, the conservative choice is taken (keep the
 * difference): a missed link can still be found by a coordinator, a false one mixes two victims' cases.
 */
public final class IdentifierNormaliser {

	/**
	 * @param jurisdiction the case's jurisdiction, which gives phone numbers without country code their region
	 * @throws IllegalArgumentException when there is nothing to normalise
	 */
	public Normalised normalise(IdentifierKind kind, String platform, String value, String jurisdiction) {
		String text = Texts.clean(value);
		if (text.isEmpty()) {
			throw new IllegalArgumentException("An identifier needs a value.");
		}
		return switch (kind) {
			case HANDLE, URL -> handleOrAddress(kind, platform, text, jurisdiction);
			case EMAIL -> Emails.normalise(text).orElseGet(() -> other(text));
			case PHONE -> phone(text, jurisdiction);
			case NAME -> Names.normalise(text);
			case OTHER -> other(text);
		};
	}

	/** The same agency and number however typed: case, spacing, dashes and slashes ignored. */
	public Normalised referenceNumber(String agency, String number) {
		String agencyKey = Texts.foldAccents(Texts.clean(agency)).replaceAll("[^\\p{L}\\p{N} ]", " ")
			.replaceAll("\\s+", " ").strip();
		String numberKey = Texts.clean(number).toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		if (agencyKey.isEmpty() || numberKey.isEmpty()) {
			throw new IllegalArgumentException("A reference number needs an agency and at least one letter or digit.");
		}
		return Normalised.strong("reference", agencyKey, numberKey);
	}

	/** A platform's canonical name ("Twitter" and "x.com" are "x"), or the name as given, tidied. */
	public String platformName(String platform) {
		return Platform.named(platform).map(Platform::canonical).orElseGet(() -> Texts.clean(platform));
	}

	private Normalised handleOrAddress(IdentifierKind kind, String platform, String text, String jurisdiction) {
		String folded = Texts.fold(text);
		if (folded.startsWith("tel:")) {
			return phone(text, jurisdiction);
		}
		if (folded.startsWith("mailto:")) {
			return Emails.normalise(text).orElseGet(() -> other(text));
		}
		if (kind == IdentifierKind.URL || WebAddress.looksLikeOne(text)) {
			var address = WebAddress.parse(text);
			if (address.isPresent()) {
				return fromAddress(address.get(), jurisdiction);
			}
		}
		var known = Platform.named(platform);
		if (known.isPresent()) {
			return Handles.on(known.get(), text);
		}
		String platformName = Texts.fold(Texts.clean(platform));
		// An unknown platform's rules are unknown: its handles keep their case.
		return Normalised.strong("handle", platformName, text.replaceFirst("^@+", ""));
	}

	private Normalised fromAddress(WebAddress address, String jurisdiction) {
		// WhatsApp links are phone numbers: wa.me/447700900123, api.whatsapp.com/send?phone=447700900123
		if (address.host().equals("wa.me") && !address.segment(0).isEmpty()) {
			return phone("+" + address.segment(0), jurisdiction);
		}
		if (address.host().endsWith("whatsapp.com") && address.parameter("phone").isPresent()) {
			return phone("+" + address.parameter("phone").get().replaceFirst("^\\+", ""), jurisdiction);
		}
		return ProfileUrls.normalise(address);
	}

	private Normalised phone(String text, String jurisdiction) {
		return Phones.e164(text, jurisdiction).map(e164 -> Normalised.strong("phone", "", e164)).orElseGet(() -> {
			// Not placeable (no country code and no known region): only the same digits can match it.
			String digits = text.replaceAll("[^0-9]", "");
			return digits.isEmpty() ? other(text) : Normalised.strong("phone", "unplaced", digits);
		});
	}

	private static Normalised other(String text) {
		return Normalised.strong("other", "", Texts.fold(text));
	}
}
