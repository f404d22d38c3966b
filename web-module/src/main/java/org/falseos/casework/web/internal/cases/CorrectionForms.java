package org.falseos.casework.web.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.falseos.casework.cases.CaseConflict;
import org.falseos.casework.cases.CaseHistory;
import org.falseos.casework.cases.CaseId;
import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.web.internal.input.PlausibleDates;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the correction pages share: a change either redirects to the case with a {@code confirmation} flash message
 * (post-redirect-get), or its form comes back with everything typed, the messages and a 4xx.
 */
final class CorrectionForms {

	/** The flash attribute the case page shows after a change. */
	static final String CONFIRMATION = "confirmation";

	private CorrectionForms() {
	}

	/** One line of a value shown on a page: "Agency", "Police Scotland". */
	record Fact(String label, String value) {
	}

	/** An earlier value of an entry, and who changed it, when and why. */
	record HistoryLine(String earlier, String change, String reason, String by, Instant at) {

		/** For {@code <time datetime>}: whole seconds (HTML allows at most three fractional digits). */
		public String datetime() {
			return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		}
	}

	static String submit(CaseId id, String section, String confirmation, RedirectAttributes redirect,
			HttpServletResponse response, Supplier<?> change, Function<Map<String, String>, String> refused) {
		try {
			change.get();
			redirect.addFlashAttribute(CONFIRMATION, confirmation);
			return "redirect:" + CaseLinks.section(id, section);
		}
		catch (InvalidCaseInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return refused.apply(invalid.errors());
		}
		catch (CaseConflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return refused.apply(Map.of("form", conflict.getMessage()));
		}
	}

	/** An entry's own retirement (if it no longer stands), then the earlier values it replaced, newest first. */
	static <T> List<HistoryLine> chain(UUID current, List<CaseHistory.Retired<T>> retired, Function<T, UUID> id,
			Function<T, String> describe) {
		List<HistoryLine> lines = new ArrayList<>();
		retired.stream().filter(entry -> id.apply(entry.entry()).equals(current)).findFirst()
			.ifPresent(entry -> lines.add(line(describe.apply(entry.entry()), entry.retraction())));
		Set<UUID> seen = new HashSet<>();
		UUID next = current;
		while (seen.add(next)) {
			UUID replaced = next;
			var earlier = retired.stream().filter(entry -> replaced.equals(entry.retraction().replacedBy())).findFirst();
			if (earlier.isEmpty()) {
				break;
			}
			lines.add(line(describe.apply(earlier.get().entry()), earlier.get().retraction()));
			next = id.apply(earlier.get().entry());
		}
		return lines;
	}

	static HistoryLine line(String earlier, CaseHistory.Retraction retraction) {
		return new HistoryLine(earlier, retraction.isCorrection() ? "Corrected" : "Withdrawn", retraction.reason(),
				retraction.retractedBy(), retraction.retractedAt());
	}

	static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw InvalidCaseInput.of(field, "Give a date like 2026-11-20.");
		}
		PlausibleDates.problem(date).ifPresent(problem -> {
			throw InvalidCaseInput.of(field, problem);
		});
		return date;
	}

	/** A checkbox sends "true" or nothing; anything else is not an answer. */
	static boolean checked(Map<String, String> form, String field) {
		String value = form.get(field);
		if (value == null) {
			return false;
		}
		if (!"true".equals(value)) {
			throw InvalidCaseInput.of(field, "Tick the box or leave it empty.");
		}
		return true;
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
