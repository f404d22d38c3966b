package org.falseos.casework.web.internal.guidance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.falseos.casework.guidance.InvalidContent;
import org.falseos.casework.guidance.ItemContent;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The edit form of a guidance item. Lists (contacts, sources) are edited one per line with " | " between parts;
 * what the form does not show (id, kind, position, country) is carried over from the revision being edited.
 */
public class DraftForm {

	public String title = "";
	public String summary = "";
	public String body = "";
	public String contacts = "";
	public String sources = "";
	public String sourceNote = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate lastVerified;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate reviewDue;
	public String statute = "";
	public String section = "";
	public String classification = "";
	public String maxPenalty = "";
	public String covers = "";
	public String keyElements = "";
	public boolean appliesHere = true;
	public boolean civilOnly;
	public String harmTypes = "";
	public String pickerReason = "";
	public String fastestLever = "";
	public String howItReaches = "";
	public String honestTruth = "";
	public String rungName = "";

	static DraftForm of(ItemContent c) {
		var form = new DraftForm();
		form.title = c.title();
		form.summary = orEmpty(c.summary());
		form.body = orEmpty(c.body());
		form.contacts = String.join("\n", c.contacts().stream()
			.map(contact -> contact.kind() + " | " + orEmpty(contact.label()) + " | " + contact.value()).toList());
		form.sources = String.join("\n", c.sources().stream().map(s -> s.title() + " | " + s.url()).toList());
		form.sourceNote = orEmpty(c.sourceNote());
		form.lastVerified = c.lastVerified();
		form.reviewDue = c.reviewDue();
		if (c.offence() != null) {
			var o = c.offence();
			form.statute = orEmpty(o.statute());
			form.section = orEmpty(o.section());
			form.classification = orEmpty(o.classification());
			form.maxPenalty = orEmpty(o.maxPenalty());
			form.covers = orEmpty(o.covers());
			form.keyElements = orEmpty(o.keyElements());
			form.appliesHere = o.applies();
			form.civilOnly = o.isCivilOnly();
			form.harmTypes = String.join(", ", o.harmTypes());
			form.pickerReason = orEmpty(o.pickerReason());
		}
		if (c.crossBorder() != null) {
			form.fastestLever = orEmpty(c.crossBorder().fastestLever());
			form.howItReaches = orEmpty(c.crossBorder().howItReaches());
			form.honestTruth = orEmpty(c.crossBorder().honestTruth());
		}
		if (c.rung() != null) {
			form.rungName = c.rung().name();
		}
		return form;
	}

	/**
	 * The draft content; lines that cannot be read, values the form could not bind (a date that is not one) and
	 * dates outside the accepted window are reported per field rather than dropped.
	 */
	ItemContent toContent(ItemContent base, BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(error -> errors.put(error.getField(), switch (error.getField()) {
			case "lastVerified", "reviewDue" -> "Give a date like 2026-11-20.";
			default -> "This value could not be read.";
		}));
		window(errors, "lastVerified", lastVerified);
		window(errors, "reviewDue", reviewDue);
		List<ItemContent.Contact> contactList = new ArrayList<>();
		parts(contacts, 3, "contacts", "kind | label | value", errors)
			.forEach(p -> contactList.add(new ItemContent.Contact(p[0], nullIfBlank(p[1]), p[2])));
		List<ItemContent.Source> sourceList = new ArrayList<>();
		parts(sources, 2, "sources", "title | https://address", errors)
			.forEach(p -> sourceList.add(new ItemContent.Source(p[0], p[1])));
		if (!errors.isEmpty()) {
			throw new InvalidContent(errors);
		}
		var offence = base.offence() == null ? null
				: new ItemContent.Offence(statute.strip(), nullIfBlank(section), nullIfBlank(classification),
						maxPenalty.strip(), nullIfBlank(covers), nullIfBlank(keyElements), appliesHere, civilOnly,
						Arrays.stream(harmTypes.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList(),
						nullIfBlank(pickerReason));
		var crossBorder = base.crossBorder() == null ? null
				: new ItemContent.CrossBorder(base.crossBorder().country(), base.crossBorder().countryName(),
						fastestLever.strip(), howItReaches.strip(), honestTruth.strip());
		var rung = base.rung() == null ? null : new ItemContent.Rung(base.rung().number(), rungName.strip());
		return new ItemContent(base.id(), base.kind(), base.position(), title.strip(), nullIfBlank(summary),
				body.strip(), base.lead(), base.notForThisJurisdiction(), contactList, offence, crossBorder, rung,
				sourceList, nullIfBlank(sourceNote), lastVerified, reviewDue);
	}

	private static void window(Map<String, String> errors, String field, LocalDate date) {
		if (date != null) {
			PlausibleDates.problem(date).ifPresent(problem -> errors.put(field, problem));
		}
	}

	private static List<String[]> parts(String text, int count, String field, String shape, Map<String, String> errors) {
		List<String[]> rows = new ArrayList<>();
		var lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = lines.get(i).split("\\s*\\|\\s*", -1);
			if (parts.length != count) {
				errors.put(field, "Line " + (i + 1) + " should read \"" + shape + "\".");
				continue;
			}
			rows.add(parts);
		}
		return rows;
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String nullIfBlank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
