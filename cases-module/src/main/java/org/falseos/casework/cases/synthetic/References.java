package org.falseos.casework.cases.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Reference numbers as agencies hand them out, each agency at most once per case. */
final class References {

	private static final String[] AGENCIES = { "Police Scotland", "X", "Instagram", "ICO" };

	record Reference(String agency, String number, LocalDate obtainedOn, String officer, String contactRoute,
			Instant recordedAt) {

		/** As the cases module keys numbers: upper case, letters and digits only. */
		String key() {
			return number.toUpperCase().replaceAll("[^\\p{L}\\p{N}]", "");
		}
	}

	private References() {
	}

	/** Numbers obtained after opening, within a month, and recorded the day they came, by {@code progress}. */
	static List<Reference> of(SplittableRandom random, Instant opened, Instant progress) {
		int count = random.nextInt(100) < 30 ? 0 : random.nextInt(100) < 65 ? 1 : 2;
		var references = new ArrayList<Reference>();
		int first = random.nextInt(AGENCIES.length);
		for (int k = 0; k < count; k++) {
			String agency = AGENCIES[(first + k) % AGENCIES.length];
			Instant obtained = SyntheticWorld.min(progress,
					opened.plus(Duration.ofMinutes(random.nextInt(30 * 24 * 60))));
			LocalDate day = obtained.atZone(ZoneOffset.UTC).toLocalDate();
			references.add(switch (agency) {
				case "Police Scotland" -> new Reference(agency, "PS-%s-%04d".formatted(day.toString().replace("-", ""),
						random.nextInt(10_000)), day, "PC %04d".formatted(1000 + random.nextInt(9000)), "101", obtained);
				case "X" -> new Reference(agency, "X-%010d".formatted(random.nextLong(10_000_000_000L)), day, null,
						"in-app report", obtained);
				case "Instagram" -> new Reference(agency, "IG%09d".formatted(random.nextInt(1_000_000_000)), day, null,
						"help centre form", obtained);
				default -> new Reference(agency, "IC-%06d-%c%c%c%c".formatted(random.nextInt(1_000_000), letter(random),
						letter(random), letter(random), letter(random)), day, null, "online form", obtained);
			});
		}
		return references;
	}

	private static char letter(SplittableRandom random) {
		return (char) ('A' + random.nextInt(26));
	}
}
