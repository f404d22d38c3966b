package org.falseos.casework.guidance.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.falseos.casework.guidance.HarmType;
import org.falseos.casework.guidance.InvalidContent;
import org.falseos.casework.guidance.ItemContent;

/**
 * What a draft must satisfy before anyone may review it. Bodies are a small Markdown subset: raw HTML and links
 * other than http, https, tel and mailto are refused here (and sanitised again wherever they are rendered).
 */
final class ContentRules {

	private static final Pattern HTML_TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(\\s*([^)\\s]*)");

	private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "tel", "mailto");

	private static final Set<String> CONTACT_KINDS = Set.of("phone", "text", "textphone", "email", "url", "sms",
			"in-person");

	static final int REVIEW_TEXT = 2_000;

	private ContentRules() {
	}

	/** A reviewer's comment or a withdrawal reason. */
	static void checkReviewText(String field, String value) {
		Map<String, String> errors = new LinkedHashMap<>();
		limited(errors, field, value, REVIEW_TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidContent(errors);
		}
	}

	static void check(ItemContent draft, ItemContent current, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (!current.id().equals(draft.id()) || !current.kind().equals(draft.kind())) {
			errors.put("id", "The id and kind of an item cannot change; create a new item instead.");
		}
		required(errors, "title", draft.title(), 200);
		required(errors, "body", draft.body(), 20_000);
		limited(errors, "summary", draft.summary(), 1_000);
		limited(errors, "sourceNote", draft.sourceNote(), 2_000);
		markup(errors, "summary", draft.summary());
		markup(errors, "body", draft.body());
		dates(errors, draft, today);
		for (int i = 0; i < draft.sources().size(); i++) {
			var source = draft.sources().get(i);
			if (source.title() == null || source.title().isBlank() || !isWebAddress(source.url())) {
				errors.put("sources", "Each source needs a title and an http(s) address (line " + (i + 1) + ").");
			}
			else if (source.title().length() > 300 || source.url().length() > 2_000) {
				errors.put("sources", "A source's title is limited to 300 characters and its address to 2,000 (line "
						+ (i + 1) + ").");
			}
		}
		for (int i = 0; i < draft.contacts().size(); i++) {
			var contact = draft.contacts().get(i);
			if (!CONTACT_KINDS.contains(contact.kind()) || contact.value() == null || contact.value().isBlank()) {
				errors.put("contacts", "Each contact needs a kind (" + String.join(", ", CONTACT_KINDS.stream().sorted().toList())
						+ ") and a value (line " + (i + 1) + ").");
			}
			else if ((contact.label() != null && contact.label().length() > 200) || contact.value().length() > 500) {
				errors.put("contacts", "A contact's label is limited to 200 characters and its value to 500 (line "
						+ (i + 1) + ").");
			}
		}
		if (draft.offence() != null) {
			offence(errors, draft.offence());
		}
		if (draft.crossBorder() != null) {
			limited(errors, "fastestLever", draft.crossBorder().fastestLever(), 4_000);
			limited(errors, "howItReaches", draft.crossBorder().howItReaches(), 4_000);
			limited(errors, "honestTruth", draft.crossBorder().honestTruth(), 4_000);
		}
		if (draft.rung() != null) {
			limited(errors, "rungName", draft.rung().name(), 200);
		}
		if (!errors.isEmpty()) {
			throw new InvalidContent(errors);
		}
	}

	private static void dates(Map<String, String> errors, ItemContent draft, LocalDate today) {
		if (draft.lastVerified() == null) {
			errors.put("lastVerified", "Say when the facts were last verified against the official sources.");
		}
		else if (draft.lastVerified().isAfter(today)) {
			errors.put("lastVerified", "The last-verified date cannot be in the future.");
		}
		if (draft.reviewDue() == null) {
			errors.put("reviewDue", "Set the date by which the item must be reviewed again.");
		}
		else if (draft.lastVerified() != null && !draft.reviewDue().isAfter(draft.lastVerified())) {
			errors.put("reviewDue", "The review date must come after the last-verified date.");
		}
	}

	private static void offence(Map<String, String> errors, ItemContent.Offence offence) {
		if (offence.statute() == null || offence.statute().isBlank()) {
			errors.put("offence.statute", "Name the statute or common-law basis.");
		}
		if (offence.maxPenalty() == null || offence.maxPenalty().isBlank()) {
			errors.put("offence.maxPenalty", "State the maximum penalty (or that none applies).");
		}
		limited(errors, "offence.statute", offence.statute(), 300);
		limited(errors, "offence.section", offence.section(), 500);
		limited(errors, "offence.classification", offence.classification(), 200);
		limited(errors, "offence.maxPenalty", offence.maxPenalty(), 1_000);
		limited(errors, "offence.covers", offence.covers(), 4_000);
		limited(errors, "offence.keyElements", offence.keyElements(), 4_000);
		limited(errors, "offence.pickerReason", offence.pickerReason(), 1_000);
		for (String harm : offence.harmTypes()) {
			if (harm.length() > 40) {
				errors.put("offence.harmTypes", "Unknown harm type.");
				continue;
			}
			try {
				HarmType.fromSlug(harm);
			}
			catch (IllegalArgumentException e) {
				errors.put("offence.harmTypes", e.getMessage());
			}
		}
	}

	private static void required(Map<String, String> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.put(field, "This field is required.");
		}
		else if (value.length() > max) {
			errors.put(field, "This field is limited to " + String.format("%,d", max) + " characters.");
		}
	}

	private static void limited(Map<String, String> errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.put(field, "This field is limited to " + String.format("%,d", max) + " characters.");
		}
	}

	private static void markup(Map<String, String> errors, String field, String value) {
		if (value == null) {
			return;
		}
		if (HTML_TAG.matcher(value).find()) {
			errors.put(field, "HTML is not allowed; use the Markdown subset (paragraphs, - lists, **bold**, [text](https://…)).");
			return;
		}
		var links = MARKDOWN_LINK.matcher(value);
		while (links.find()) {
			String target = links.group(1);
			int colon = target.indexOf(':');
			if (colon < 0 || !LINK_SCHEMES.contains(target.substring(0, colon).toLowerCase())) {
				errors.put(field, "Links may only point to http, https, tel or mailto addresses: " + target);
				return;
			}
		}
	}

	private static boolean isWebAddress(String url) {
		return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.length() > 10;
	}
}
