package org.falseos.casework.guidance;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of one guidance item, as written in a content file and as stored per revision.
 * Optional parts are null where they do not apply (only offences carry {@link Offence}, and so on).
 */
public record ItemContent(String id, String kind, int position, String title, String summary, String body,
		Boolean lead, Boolean notForThisJurisdiction, List<Contact> contacts, Offence offence,
		CrossBorder crossBorder, Rung rung, List<Source> sources, String sourceNote, LocalDate lastVerified,
		LocalDate reviewDue) {

	public ItemContent {
		contacts = contacts == null ? List.of() : List.copyOf(contacts);
		sources = sources == null ? List.of() : List.copyOf(sources);
	}

	public ItemKind itemKind() {
		return ItemKind.fromSlug(kind);
	}

	public boolean isLead() {
		return Boolean.TRUE.equals(lead);
	}

	public boolean isNotForThisJurisdiction() {
		return Boolean.TRUE.equals(notForThisJurisdiction);
	}

	/** A way to reach a channel or body: phone, text, textphone, email, url, sms or in-person. */
	public record Contact(String kind, String label, String value) {
	}

	/** An official source a fact rests on. */
	public record Source(String title, String url) {
	}

	/** Legal facts of an offence, kept exactly as the source states them. */
	public record Offence(String statute, String section, String classification, String maxPenalty, String covers,
			String keyElements, Boolean appliesHere, Boolean civilOnly, List<String> harmTypes,
			String pickerReason) {

		public Offence {
			harmTypes = harmTypes == null ? List.of() : List.copyOf(harmTypes);
		}

		public boolean applies() {
			return !Boolean.FALSE.equals(appliesHere);
		}

		public boolean isCivilOnly() {
			return Boolean.TRUE.equals(civilOnly);
		}
	}

	/** What to do when the perpetrator is in another country. */
	public record CrossBorder(String country, String countryName, String fastestLever, String howItReaches,
			String honestTruth) {
	}

	/** A rung of the escalation ladder. */
	public record Rung(int number, String name) {
	}
}
