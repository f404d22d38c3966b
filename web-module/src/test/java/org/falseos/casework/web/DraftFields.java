package org.falseos.casework.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.falseos.casework.guidance.ItemContent;

/** The fields the edit form of a guidance item sends, filled with the item's current content (a valid draft). */
final class DraftFields {

	private DraftFields() {
	}

	static Map<String, Object> of(ItemContent c) {
		Map<String, Object> form = HostileRoutes.fields("title", c.title(), "summary", orEmpty(c.summary()), "body",
				c.body(), "contacts",
				c.contacts().stream().map(contact -> contact.kind() + " | " + orEmpty(contact.label()) + " | " + contact.value())
					.collect(Collectors.joining("\n")),
				"sources", c.sources().stream().map(s -> s.title() + " | " + s.url()).collect(Collectors.joining("\n")),
				"sourceNote", orEmpty(c.sourceNote()), "lastVerified", String.valueOf(c.lastVerified()), "reviewDue",
				String.valueOf(c.reviewDue()));
		if (c.offence() != null) {
			var o = c.offence();
			form.putAll(HostileRoutes.fields("statute", orEmpty(o.statute()), "section", orEmpty(o.section()),
					"classification", orEmpty(o.classification()), "maxPenalty", orEmpty(o.maxPenalty()), "covers",
					orEmpty(o.covers()), "keyElements", orEmpty(o.keyElements()), "appliesHere", String.valueOf(o.applies()),
					"harmTypes", String.join(", ", o.harmTypes()), "pickerReason", orEmpty(o.pickerReason())));
		}
		if (c.crossBorder() != null) {
			form.putAll(HostileRoutes.fields("fastestLever", orEmpty(c.crossBorder().fastestLever()), "howItReaches",
					orEmpty(c.crossBorder().howItReaches()), "honestTruth", orEmpty(c.crossBorder().honestTruth())));
		}
		if (c.rung() != null) {
			form.put("rungName", c.rung().name());
		}
		return form;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
