package org.falseos.casework.guidance;

import java.util.Set;

/** An offence the offence picker suggests naming, with why, for the harms that matched it. */
public record OffenceToName(GuidanceItemId offence, String title, String statute, String section, boolean civilOnly,
		String reason, Set<HarmType> harms) {
}
