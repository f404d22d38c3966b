package org.falseos.casework.cases;

import java.time.LocalDate;

/**
 * The pattern in a case's diary: incidents (corrections replace the entries they correct), distinct occasions
 * (days) and their span. Stalking (s.39 in Scotland) needs conduct on at least two occasions.
 */
public record CourseOfConduct(int incidents, int occasions, LocalDate first, LocalDate last) {

	public static final int STALKING_OCCASIONS = 2;

	public boolean meetsStalkingThreshold() {
		return occasions >= STALKING_OCCASIONS;
	}
}
