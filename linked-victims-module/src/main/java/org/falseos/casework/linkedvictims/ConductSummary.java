package org.falseos.casework.linkedvictims;

import java.time.LocalDate;
import java.util.Set;

/**
 * The course of conduct across a pattern's victims: incidents, occasions (distinct days), date span, and the
 * platforms, jurisdictions and perpetrator countries involved.
 */
public record ConductSummary(int victims, int incidents, int occasions, LocalDate first, LocalDate last,
		Set<String> platforms, Set<String> jurisdictions, Set<String> perpetratorCountries) {
}
