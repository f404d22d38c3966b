package org.falseos.casework.cases.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A case's synthetic diary, in the order things happened and were recorded, with the odd correction of the entry
 * before.
 */
final class Incidents {

	private static final String[] WHAT = { "Sent threatening messages overnight", "Posted the client's home address",
			"Created a fake profile using the client's photos", "Demanded money to stop posting images",
			"Left abusive comments under every post", "Messaged the client's employer",
			"Called repeatedly from a withheld number", "Posted false claims about the client" };

	record Incident(UUID id, Instant occurredAt, Instant recordedAt, String platform, String url, String identifier,
			String description, UUID corrects) {
	}

	private Incidents() {
	}

	/**
	 * The diary up to {@code progress}, the case's last progress: entries happened from a month before opening,
	 * are recorded in order after opening (within two days of happening), and the last one is recorded at
	 * {@code progress} itself, so that the case's last progress is its last diary entry.
	 */
	static List<Incident> of(SplittableRandom random, int caseNumber, Instant opened, Instant progress,
			Perpetrators perpetrators, int perpetrator, String harm) {
		int count = 1 + random.nextInt(8);
		Instant from = opened.minus(Duration.ofDays(30));
		var times = new ArrayList<Instant>();
		for (int k = 0; k < count; k++) {
			times.add(SyntheticWorld.between(random, from, progress));
		}
		times.sort(Comparator.naturalOrder());
		var diary = new ArrayList<Incident>();
		for (int k = 0; k < count; k++) {
			var form = perpetrators.form(perpetrator, random);
			Instant recorded = k == count - 1 ? progress
					: SyntheticWorld.min(progress, SyntheticWorld.max(times.get(k), opened)
						.plus(Duration.ofMinutes(random.nextInt(48 * 60))));
			if (k > 0 && recorded.isBefore(diary.get(k - 1).recordedAt())) {
				recorded = diary.get(k - 1).recordedAt();
			}
			boolean correction = k > 0 && random.nextInt(10) == 0;
			String url = form.value().contains("/") ? form.value() : null;
			diary.add(new Incident(SyntheticWorld.uuid("incident", caseNumber, k), times.get(k), recorded,
					form.platform(), url != null && !url.startsWith("http") ? "https://" + url : url, form.value(),
					(correction ? "Correction: " : "") + WHAT[random.nextInt(WHAT.length)] + " (" + harm + ")",
					correction ? diary.get(k - 1).id() : null));
		}
		return diary;
	}
}
