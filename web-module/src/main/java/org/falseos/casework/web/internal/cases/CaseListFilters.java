package org.falseos.casework.web.internal.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.falseos.casework.cases.CaseList;
import org.falseos.casework.cases.CaseList.Scope;
import org.falseos.casework.cases.CaseList.Sort;
import org.falseos.casework.cases.CaseList.Status;
import org.falseos.casework.guidance.HarmType;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case list's query string, read strictly: an empty value is "any", anything else must be one of the values
 * the filter form offers, or the request is refused naming the field (a mistyped link never shows a silently
 * different list). Also writes the query string back for the page links, leaving defaults out.
 */
record CaseListFilters(Status status, Integer rung, HarmType harm, boolean overdue, Scope scope, Sort sort, int page) {

	static final int HIGHEST_RUNG = 99;

	static final int LAST_PAGE = 100_000;

	static CaseListFilters parse(String status, String rung, String harm, String overdue, String scope, String sort,
			String page) {
		return new CaseListFilters(
				choice("status", status, Map.of("open", Status.OPEN, "closed", Status.CLOSED), null),
				number("rung", rung, 0, HIGHEST_RUNG, "a rung from 0 (not started) to " + HIGHEST_RUNG),
				choice("harm", harm, Arrays.stream(HarmType.values())
					.collect(Collectors.toMap(HarmType::slug, h -> h)), null),
				choice("overdue", overdue, Map.of("yes", true), false),
				choice("scope", scope, Map.of("team", Scope.TEAM, "mine", Scope.MINE), Scope.TEAM),
				choice("sort", sort, Map.of("activity", Sort.LAST_ACTIVITY, "opened", Sort.OPENED, "rung", Sort.RUNG),
						Sort.LAST_ACTIVITY),
				orDefault(number("page", page, 1, LAST_PAGE, "a page number from 1 to " + LAST_PAGE), 1));
	}

	CaseList.Query query(LocalDate today) {
		return new CaseList.Query(status, rung, harm == null ? null : harm.slug(), overdue, scope, sort, page, today);
	}

	public boolean filtered() {
		return status != null || rung != null || harm != null || overdue || scope != Scope.TEAM;
	}

	/** This list's address on another page (the filters and sort kept). */
	public String url(int toPage) {
		var parameters = new LinkedHashMap<String, Object>();
		if (status != null) {
			parameters.put("status", status.name().toLowerCase());
		}
		if (rung != null) {
			parameters.put("rung", rung);
		}
		if (harm != null) {
			parameters.put("harm", harm.slug());
		}
		if (overdue) {
			parameters.put("overdue", "yes");
		}
		if (scope != Scope.TEAM) {
			parameters.put("scope", "mine");
		}
		if (sort != Sort.LAST_ACTIVITY) {
			parameters.put("sort", sort == Sort.OPENED ? "opened" : "rung");
		}
		if (toPage != 1) {
			parameters.put("page", toPage);
		}
		var uri = UriComponentsBuilder.fromPath("/cases");
		parameters.forEach(uri::queryParam);
		return uri.encode().toUriString();
	}

	private static <T> T choice(String field, String value, Map<String, T> choices, T absent) {
		if (value == null || value.isEmpty()) {
			return absent;
		}
		T chosen = choices.get(value);
		if (chosen == null) {
			throw RefusedInput.of(field, "The field '" + field + "' must be one of: "
					+ choices.keySet().stream().sorted().collect(Collectors.joining(", ")) + " (or left empty for any).");
		}
		return chosen;
	}

	private static Integer number(String field, String value, int min, int max, String what) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')
				|| Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
			throw RefusedInput.of(field, "The field '" + field + "' must be " + what + ".");
		}
		return Integer.parseInt(value);
	}

	private static int orDefault(Integer value, int otherwise) {
		return value == null ? otherwise : value;
	}
}
