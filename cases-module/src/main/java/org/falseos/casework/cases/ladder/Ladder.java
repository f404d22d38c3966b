package org.falseos.casework.cases.ladder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.falseos.casework.cases.LadderPosition;
import org.falseos.casework.guidance.Guidance;
import org.falseos.casework.guidance.GuidanceItem;
import org.falseos.casework.guidance.ItemKind;
import org.springframework.stereotype.Component;

/** The escalation ladder of a jurisdiction, as published by the guidance module. */
@Component
public class Ladder {

	private final Guidance guidance;

	Ladder(Guidance guidance) {
		this.guidance = guidance;
	}

	public List<GuidanceItem> rungs(String jurisdiction) {
		return guidance.guide(jurisdiction).map(guide -> guide.itemsOf(ItemKind.LADDER_RUNG)).orElse(List.of());
	}

	/** Rung 0 means the case has not started on the ladder: the next step is rung 1. */
	public Optional<LadderPosition> position(String jurisdiction, int rung, Instant rungSince) {
		var rungs = rungs(jurisdiction);
		if (rungs.isEmpty()) {
			return Optional.empty();
		}
		GuidanceItem current = rung >= 1 && rung <= rungs.size() ? rungs.get(rung - 1) : null;
		GuidanceItem next = rung < rungs.size() ? rungs.get(rung) : null;
		return Optional.of(new LadderPosition(rung, title(current), summary(current), url(current),
				next == null ? null : rung + 1, title(next), summary(next), url(next), rungs.size(), rungSince,
				rungs.stream().map(item -> new LadderPosition.Rung(number(rungs, item), item.title(), url(item))).toList()));
	}

	/** The guide's own number for the rung, or its place on the ladder where the guide gives none. */
	private static int number(List<GuidanceItem> rungs, GuidanceItem item) {
		var rung = item.content().rung();
		return rung != null ? rung.number() : rungs.indexOf(item) + 1;
	}

	private static String title(GuidanceItem item) {
		return item == null ? null : item.title();
	}

	private static String summary(GuidanceItem item) {
		return item == null ? null : item.content().summary();
	}

	private static String url(GuidanceItem item) {
		return item == null ? null : "/guide/" + item.id().jurisdiction() + "/" + item.id().slug();
	}
}
